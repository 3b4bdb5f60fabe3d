from bpe_encode_word import encode_word

HF_MERGES = [("u", "g"), ("u", "n"), ("h", "ug"), ("p", "ug"), ("p", "un"), ("b", "un")]


def test_course_merges():
    assert encode_word("bug", HF_MERGES) == ["b", "ug"]
    assert encode_word("mug", HF_MERGES) == ["m", "ug"]
    assert encode_word("thug", HF_MERGES) == ["t", "hug"]
    assert encode_word("unhug", HF_MERGES) == ["un", "hug"]
    assert encode_word("hugs", HF_MERGES) == ["hug", "s"]


def test_chained_merges_build_one_token():
    merges = [("a", "b"), ("ab", "c"), ("abc", "d"), ("d", "d")]
    assert encode_word("abcd", merges) == ["abcd"]
    assert encode_word("abdd", merges) == ["ab", "dd"]
    assert encode_word("abcdabcd", merges) == ["abcd", "abcd"]


def test_four_repeats():
    assert encode_word("aaaa", [("a", "a"), ("aa", "aa")]) == ["aaaa"]
    assert encode_word("aaaaa", [("a", "a"), ("aa", "aa")]) == ["aaaa", "a"]

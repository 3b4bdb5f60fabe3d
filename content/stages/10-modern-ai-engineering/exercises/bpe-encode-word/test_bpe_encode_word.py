from bpe_encode_word import encode_word

MERGES = [("e", "s"), ("es", "t"), ("l", "o"), ("lo", "w"), ("e", "w")]


def test_without_merges_a_word_is_its_characters():
    got = encode_word("cat", [])
    assert got == ["c", "a", "t"], f"with no merges every character is its own token, got {got}"


def test_worked_example():
    got = encode_word("lowest", MERGES)
    assert got == ["low", "est"], (
        f"l o w e s t -> l o w es t -> l o w est -> lo w est -> low est; expected ['low', 'est'], got {got}"
    )
    got = encode_word("slower", MERGES)
    assert got == ["s", "low", "e", "r"], f"expected ['s', 'low', 'e', 'r'], got {got}"


def test_unseen_characters_stay_single_tokens():
    got = encode_word("zest", MERGES)
    assert got == ["z", "est"], f"'z' is not in any merge, so it stays alone; expected ['z', 'est'], got {got}"


def test_merges_apply_in_learned_order():
    got = encode_word("abc", [("b", "c"), ("a", "b")])
    assert got == ["a", "bc"], (
        "(b, c) is applied first; after it, 'b' is inside 'bc' and (a, b) cannot apply. "
        f"Expected ['a', 'bc'], got {got}"
    )
    got = encode_word("abc", [("a", "b"), ("b", "c")])
    assert got == ["ab", "c"], f"in the other order, (a, b) comes first: expected ['ab', 'c'], got {got}"


def test_every_occurrence_is_merged_left_to_right():
    got = encode_word("esses", [("e", "s")])
    assert got == ["es", "s", "es"], f"both (e, s) pairs merge: expected ['es', 's', 'es'], got {got}"
    got = encode_word("aaa", [("a", "a")])
    assert got == ["aa", "a"], f"scan left to right without overlaps: 'aaa' -> ['aa', 'a'], got {got}"


def test_tokens_join_back_to_the_word():
    for word in ["newest", "widest", "lowness", "wow", "stew", "e"]:
        got = encode_word(word, MERGES)
        assert "".join(got) == word, f"the tokens of {word!r} must join back to it, got {got}"


def test_empty_word_and_merges_unchanged():
    merges = list(MERGES)
    assert encode_word("", merges) == [], "the empty word has no tokens"
    encode_word("lowest", merges)
    assert merges == MERGES, "encode_word must not change the merge list"

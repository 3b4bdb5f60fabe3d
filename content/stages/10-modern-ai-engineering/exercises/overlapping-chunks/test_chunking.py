from chunking import chunk_words

ELEVEN = "one two three four five six seven eight nine ten eleven"


def test_worked_example():
    got = chunk_words(ELEVEN, 4, 1)
    want = ["one two three four", "four five six seven", "seven eight nine ten", "ten eleven"]
    assert got == want, f"expected {want}, got {got}"


def test_no_chunk_inside_the_previous_one():
    ten = "one two three four five six seven eight nine ten"
    got = chunk_words(ten, 4, 1)
    want = ["one two three four", "four five six seven", "seven eight nine ten"]
    assert got == want, (
        f"the third chunk already ends at the last word, so it is the last chunk; expected {want}, got {got}. "
        "A chunk ['ten'] alone means you stopped by where chunks start instead of where they end"
    )


def test_consecutive_chunks_share_exactly_overlap_words():
    text = " ".join(f"w{i}" for i in range(23))
    chunks = [c.split() for c in chunk_words(text, 6, 2)]
    for a, b in zip(chunks, chunks[1:]):
        assert a[-2:] == b[:2], f"chunks should share 2 words: {a} then {b}"
    assert chunks[0][0] == "w0" and chunks[-1][-1] == "w22", "the chunks must cover the text from its first to its last word"
    assert all(len(c) == 6 for c in chunks[:-1]), "every chunk but the last has exactly size words"


def test_zero_overlap_touches_without_repeating():
    got = chunk_words("a b c d e f g", 3, 0)
    assert got == ["a b c", "d e f", "g"], f"expected ['a b c', 'd e f', 'g'], got {got}"


def test_short_text_is_one_chunk_and_whitespace_is_collapsed():
    got = chunk_words("  Refunds\ttake\n\n30   days. ", 10, 3)
    assert got == ["Refunds take 30 days."], (
        f"a text of at most size words is one chunk, with single spaces between words; got {got}"
    )


def test_empty_text_gives_no_chunks():
    assert chunk_words("", 5, 1) == [], "empty text has no chunks"
    assert chunk_words(" \n\t ", 5, 1) == [], "whitespace-only text has no chunks"


def test_chunk_count_formula():
    text = " ".join(["x"] * 1000)
    got = len(chunk_words(text, 200, 50))
    assert got == 7, f"1,000 words, size 200, overlap 50: 1 + ceil(800 / 150) = 7 chunks, got {got}"


def test_bad_arguments_raise_value_error():
    for size, overlap, why in [(0, 0, "size 0"), (4, 4, "overlap equal to size"), (4, 5, "overlap above size"), (4, -1, "a negative overlap")]:
        try:
            chunk_words(ELEVEN, size, overlap)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")

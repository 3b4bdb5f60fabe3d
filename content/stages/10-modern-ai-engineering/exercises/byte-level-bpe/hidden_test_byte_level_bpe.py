import random

from byte_level_bpe import decode, encode


def test_other_merges_and_texts():
    merges = {(101, 114): 256, (256, 32): 257, (116, 104): 258, (258, 257): 259}
    assert encode("ther there", merges) == [259, 258, 256, 101]
    assert decode([259, 258, 256, 101], merges) == "ther there"


def test_random_round_trips():
    rng = random.Random(7)
    alphabet = "abc é€你👋 "
    merges = {(97, 98): 256, (256, 99): 257, (226, 130): 258, (240, 159): 259, (259, 145): 260}
    for _ in range(50):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        ids = encode(text, merges)
        assert decode(ids, merges) == text
        assert len(ids) <= len(text.encode("utf-8"))


def test_truncated_emoji_is_replaced():
    assert decode([240, 159, 145], {}) == "\ufffd"

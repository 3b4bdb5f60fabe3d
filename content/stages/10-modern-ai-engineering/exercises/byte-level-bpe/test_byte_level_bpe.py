from byte_level_bpe import decode, encode

HI = {(104, 105): 256, (256, 33): 257}


def test_without_merges_tokens_are_utf8_bytes():
    assert encode("hi", {}) == [104, 105], f"'h' and 'i' are the bytes 104 and 105, got {encode('hi', {})}"
    assert encode("é", {}) == [195, 169], f"'é' is two bytes in UTF-8, 195 169; got {encode('é', {})}"
    assert encode("👋", {}) == [240, 159, 145, 139], f"an emoji is four bytes; got {encode('👋', {})}"


def test_decode_bytes_without_merges():
    assert decode([104, 105, 32, 195, 169], {}) == "hi é", "decode the joined bytes as UTF-8"


def test_merges_apply_in_order_of_their_new_ids():
    assert encode("hi!", HI) == [257], (
        f"first (104, 105) -> 256, then (256, 33) -> 257: 'hi!' is one token; got {encode('hi!', HI)}"
    )
    assert encode("hi hi", HI) == [256, 32, 256], f"expected [256, 32, 256], got {encode('hi hi', HI)}"
    reordered = {(256, 33): 257, (104, 105): 256}
    assert encode("hi!", reordered) == [257], (
        "apply merges by increasing new id (256 before 257), not by the dict's order"
    )


def test_decode_expands_nested_merges():
    assert decode([257, 32, 195, 169], HI) == "hi! é", f"257 stands for 256 + '!', that is 'hi!'; got {decode([257, 32, 195, 169], HI)!r}"


def test_a_token_may_split_a_character():
    merges = {(97, 195): 256}
    assert encode("aé", merges) == [256, 169], f"'a' + the first byte of 'é' merge into 256; got {encode('aé', merges)}"
    got = decode([256, 169], merges)
    assert got == "aé", (
        f"expected 'aé', got {got!r}: join the bytes of all tokens before decoding, because 'é' is split "
        "across the two tokens"
    )


def test_round_trip_on_mixed_scripts():
    merges = {(32, 116): 256, (256, 104): 257, (195, 169): 258, (226, 130): 259, (259, 172): 260}
    for text in ["the café costs 5 €", "naïve résumé", "你好, world 👋", "", "the the the"]:
        ids = encode(text, merges)
        assert decode(ids, merges) == text, f"decode(encode(text)) must give back {text!r}, got {decode(ids, merges)!r}"
    assert encode(" the", merges) == [257, 101], "' t' -> 256, then 256 'h' -> 257, so ' the' is [257, 101]"


def test_invalid_utf8_and_unknown_ids():
    assert decode([195], {}) == "\ufffd", "a lone lead byte is not valid UTF-8: expect the replacement character U+FFFD"
    try:
        decode([300], HI)
    except ValueError:
        pass
    else:
        raise AssertionError("id 300 is neither a byte nor a merged id: expected ValueError")


def test_empty_inputs():
    assert encode("", HI) == [] and decode([], HI) == "", "empty text has no tokens, and no tokens decode to ''"

from unique_in_order import unique_in_order


def test_list_keeps_first_occurrences_in_order():
    got = unique_in_order([3, 1, 3, 2, 1])
    assert got == [3, 1, 2], (
        f"expected [3, 1, 2], got {got}; [1, 2, 3] would mean the result was sorted, "
        "which is what happens when going through set()"
    )


def test_order_is_first_seen_not_sorted():
    got = unique_in_order(["pear", "apple", "pear", "fig", "apple", "banana"])
    assert got == ["pear", "apple", "fig", "banana"], (
        f"expected ['pear', 'apple', 'fig', 'banana'] (order of first appearance), got {got}"
    )


def test_tuple_gives_a_tuple():
    got = unique_in_order(("b", "a", "b"))
    assert got == ("b", "a") and isinstance(got, tuple), (
        f"expected the tuple ('b', 'a'), got {got!r}"
    )


def test_string_gives_a_string():
    got = unique_in_order("mississippi")
    assert got == "misp", f"expected 'misp', got {got!r}; join the kept characters back into a str"


def test_empty_inputs_keep_their_type():
    for empty in ([], (), ""):
        got = unique_in_order(empty)
        assert got == empty and type(got) is type(empty), (
            f"expected {empty!r} for an empty {type(empty).__name__}, got {got!r}"
        )


def test_no_duplicates_returns_an_equal_new_list():
    items = [5, 4, 3]
    got = unique_in_order(items)
    assert got == [5, 4, 3], f"nothing to remove: expected [5, 4, 3], got {got}"
    assert got is not items, "return a new list, not the input itself"


def test_case_and_equality_rules():
    assert unique_in_order("AaBbAa") == "AaBb", (
        f"'A' and 'a' are different characters; expected 'AaBb', got {unique_in_order('AaBbAa')!r}"
    )
    got = unique_in_order([1, 1.0, True, 2])
    assert got == [1, 2] and type(got[0]) is int, (
        f"1, 1.0 and True are equal in Python, so only the first (the int 1) stays; got {got}"
    )


def test_input_is_not_modified():
    items = [2, 2, 1, 2]
    unique_in_order(items)
    assert items == [2, 2, 1, 2], f"the input list must be unchanged, got {items}"


def test_large_input_with_many_repeats():
    items = [i % 1000 for i in range(50_000)]
    got = unique_in_order(items)
    assert got == list(range(1000)), (
        "expected 0 ... 999 in order from 50,000 items with repeats; "
        f"got {len(got)} items starting {got[:5]}"
    )

# Hidden tests: random lists checked against dict.fromkeys, plus single items, tuples of tuples,
# unicode strings and equal-but-different values, so answers for the visible inputs cannot pass.
import random

from unique_in_order import unique_in_order


def test_random_lists_match_dict_fromkeys():
    rng = random.Random(2024)
    for size in (1, 7, 40, 300):
        items = [rng.randint(-9, 9) for _ in range(size)]
        want = list(dict.fromkeys(items))
        got = unique_in_order(items)
        assert got == want, f"for {items[:12]}... expected {want}, got {got}"


def test_all_equal_and_single_items():
    assert unique_in_order([7, 7, 7, 7]) == [7], f"expected [7], got {unique_in_order([7, 7, 7, 7])}"
    assert unique_in_order(("z",)) == ("z",), f"expected ('z',), got {unique_in_order(('z',))!r}"
    assert unique_in_order("q") == "q", f"expected 'q', got {unique_in_order('q')!r}"


def test_tuple_of_tuples_keeps_type_and_order():
    items = ((1, 2), (0, 0), (1, 2), (2, 1), (0, 0))
    got = unique_in_order(items)
    assert got == ((1, 2), (0, 0), (2, 1)) and type(got) is tuple, (
        f"expected ((1, 2), (0, 0), (2, 1)) as a tuple, got {got!r}"
    )


def test_strings_with_spaces_and_unicode():
    got = unique_in_order("héllo wörld ö")
    assert got == "hélo wörd", f"expected 'hélo wörd' (spaces count as characters), got {got!r}"
    got = unique_in_order("BbBAb")
    assert got == "BbA", f"case matters: expected 'BbA', got {got!r}"


def test_first_of_equal_values_is_the_one_kept():
    got = unique_in_order([True, 1, 0, False, 0.0, 2.0, 2])
    assert got == [True, 0, 2.0], f"expected [True, 0, 2.0], got {got}"
    assert [type(x) for x in got] == [bool, int, float], (
        f"the first occurrence is the one kept, so expected types bool, int, float, "
        f"got {[type(x).__name__ for x in got]}"
    )


def test_tuple_input_is_returned_as_a_new_equal_tuple_of_unique_items():
    items = ("x", "y", "x")
    got = unique_in_order(items)
    assert items == ("x", "y", "x"), "the input must not change"
    assert got == ("x", "y"), f"expected ('x', 'y'), got {got!r}"

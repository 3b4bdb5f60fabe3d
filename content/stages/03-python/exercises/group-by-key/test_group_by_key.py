from group_by_key import group_by


ORDERS = [
    {"customer": "ana", "total": 30},
    {"customer": "ben", "total": 12},
    {"customer": "ana", "total": 8},
    {"customer": "cleo", "total": 20},
    {"customer": "ben", "total": 3},
]


def test_groups_records_by_key():
    got = group_by(ORDERS, "customer")
    totals = {name: [r["total"] for r in rs] for name, rs in got.items()}
    assert totals == {"ana": [30, 8], "ben": [12, 3], "cleo": [20]}, (
        f"expected totals per customer {{'ana': [30, 8], 'ben': [12, 3], 'cleo': [20]}}, "
        f"got {totals}"
    )


def test_groups_appear_in_order_of_first_appearance():
    got = list(group_by(ORDERS, "customer"))
    assert got == ["ana", "ben", "cleo"], f"expected group order ['ana', 'ben', 'cleo'], got {got}"


def test_records_keep_their_input_order_within_a_group():
    records = [{"k": "x", "i": i} for i in range(5)]
    got = [r["i"] for r in group_by(records, "k")["x"]]
    assert got == [0, 1, 2, 3, 4], f"expected records in input order [0, 1, 2, 3, 4], got {got}"


def test_records_missing_the_key_go_under_none():
    records = [{"team": "red"}, {"name": "solo"}, {"team": "red"}]
    got = group_by(records, "team")
    assert got == {"red": [{"team": "red"}, {"team": "red"}], None: [{"name": "solo"}]}, (
        f"a record without 'team' belongs in the None group, got {got}"
    )


def test_explicit_none_value_shares_the_none_group():
    records = [{"team": None, "id": 1}, {"id": 2}]
    got = group_by(records, "team")
    ids = [r["id"] for r in got.get(None, [])]
    assert list(got) == [None] and ids == [1, 2], (
        f"expected one group None with ids [1, 2], got {got}"
    )


def test_works_with_non_string_values():
    records = [{"size": 2}, {"size": (1, 2)}, {"size": 2}]
    got = group_by(records, "size")
    assert list(got) == [2, (1, 2)] and len(got[2]) == 2, f"expected groups 2 and (1, 2), got {got}"


def test_empty_list_gives_empty_dict():
    got = group_by([], "anything")
    assert got == {}, f"expected {{}} for no records, got {got}"


def test_groups_hold_the_original_records_unchanged():
    records = [{"k": "a", "v": 1}, {"v": 2}]
    snapshot = [dict(r) for r in records]
    got = group_by(records, "k")
    assert got["a"][0] is records[0] and got[None][0] is records[1], (
        "the groups should hold the original record objects, not copies"
    )
    assert records == snapshot and len(records) == 2, f"the input records changed to {records}"
    assert type(got) is dict, f"expected a plain dict, got {type(got).__name__}"

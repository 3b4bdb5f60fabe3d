# Hidden tests: other records, other key names and falsy group values (0, "", False), checked
# against a brute-force grouping, so a result fitted to the visible orders cannot pass.
import random

from group_by_key import group_by


def brute_force(records, key):
    """Collect the distinct values in first-seen order, then filter the records for each."""
    values = []
    for r in records:
        v = r.get(key)
        if v not in values:
            values.append(v)
    return {v: [r for r in records if r.get(key) == v] for v in values}


def test_random_records_match_a_brute_force_grouping():
    rng = random.Random(7)
    records = []
    for i in range(60):
        record = {"id": i}
        if rng.random() > 0.15:  # some records lack the key altogether
            record["model"] = rng.choice(["cnn", "rnn", 3, (1, "x"), None])
        records.append(record)
    got = group_by(records, "model")
    want = brute_force(records, "model")
    assert list(got) == list(want), f"expected groups in order {list(want)}, got {list(got)}"
    for value, members in want.items():
        ids = [r["id"] for r in got[value]]
        assert ids == [r["id"] for r in members], (
            f"group {value!r}: expected ids {[r['id'] for r in members]}, got {ids}"
        )


def test_falsy_values_are_their_own_groups_not_none():
    records = [{"n": 0}, {"n": ""}, {"m": 1}, {"n": 0}, {"n": ""}]
    got = group_by(records, "n")
    assert list(got) == [0, "", None], (
        f"0 and '' are real values, distinct from a missing key; expected groups [0, '', None], "
        f"got {list(got)}"
    )
    assert [len(got[k]) for k in (0, "", None)] == [2, 2, 1], (
        f"expected group sizes 2, 2 and 1, got {[len(v) for v in got.values()]}"
    )


def test_none_group_keeps_its_first_seen_position():
    records = [{"tag": "b"}, {}, {"tag": "a"}, {"tag": None}, {"tag": "b"}]
    got = group_by(records, "tag")
    assert list(got) == ["b", None, "a"], (
        f"the None group was first seen second, so expected order ['b', None, 'a'], got {list(got)}"
    )
    assert got[None] == [{}, {"tag": None}], f"expected [{{}}, {{'tag': None}}] under None, got {got[None]}"


def test_single_group_holds_every_original_record_untouched():
    records = [{"day": "mon", "v": v} for v in (3, 1, 2)] + [{"v": 9}]
    snapshot = [dict(r) for r in records]
    got = group_by(records, "day")
    assert type(got) is dict, f"expected a plain dict, got {type(got).__name__}"
    assert all(a is b for a, b in zip(got["mon"], records[:3])) and got[None][0] is records[3], (
        "each group should hold the very record objects from the input, in input order"
    )
    assert records == snapshot, (
        f"the records changed to {records}; a record without the key must not gain it"
    )


def test_one_record_gives_one_group():
    record = {"k": -5}
    got = group_by([record], "k")
    assert got == {-5: [record]}, f"expected {{-5: [{record}]}}, got {got}"

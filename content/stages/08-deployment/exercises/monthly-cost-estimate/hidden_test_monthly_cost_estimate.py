# Hidden tests: other price tables and plans than the visible ones, checked against the formulas
# computed here; repeated types, allowance edges, hours at the limits, and other invalid inputs.
import copy
import math

from monthly_cost_estimate import monthly_cost

PRICES = {
    "instance_hour": {"cpu-2": 0.05, "cpu-8": 0.21, "gpu-1": 1.35},
    "storage_gb_month": 0.023,
    "egress_gb": 0.12,
    "egress_free_gb": 5,
}


def close(a, b):
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def expect_value_error(usage, prices, why):
    try:
        monthly_cost(usage, prices)
    except ValueError:
        return
    raise AssertionError(f"expected ValueError: {why}")


def test_other_plan_matches_the_formulas():
    groups = [
        {"type": "cpu-8", "count": 3},
        {"type": "gpu-1", "count": 2, "hours": 41.5},
        {"type": "cpu-2", "count": 5, "hours": 365},
        {"type": "cpu-8", "count": 1, "hours": 12},
    ]
    usage = {"instances": groups, "storage_gb": 1234.5, "egress_gb": 77.25}
    got = monthly_cost(usage, PRICES)
    compute = sum(g["count"] * g.get("hours", 730) * PRICES["instance_hour"][g["type"]] for g in groups)
    want = {"compute": compute, "storage": 1234.5 * 0.023, "egress": (77.25 - 5) * 0.12}
    want["total"] = sum(want.values())
    assert set(got) == set(want), f"expected the keys {sorted(want)}, got {sorted(got)}"
    for key in want:
        assert close(got[key], want[key]), (
            f"{key}: expected {want[key]:.6f}, got {got[key]} (two cpu-8 groups add up; hours default to 730)"
        )


def test_egress_at_and_around_the_allowance():
    got = monthly_cost({"egress_gb": 5}, PRICES)
    assert got["egress"] == 0 and got["total"] == 0, f"exactly the 5 free GB costs 0, got {got}"
    got = monthly_cost({"egress_gb": 5.5}, PRICES)
    assert close(got["egress"], 0.06), f"0.5 GB above the allowance costs 0.5 x 0.12 = 0.06, got {got['egress']}"
    got = monthly_cost({"egress_gb": 0.5}, dict(PRICES, egress_free_gb=1000))
    assert got["egress"] == 0, f"egress far below the allowance costs 0, not a credit, got {got['egress']}"


def test_hours_at_the_limits_and_empty_groups():
    got = monthly_cost({"instances": [{"type": "gpu-1", "count": 1, "hours": 730}]}, PRICES)
    assert close(got["compute"], 730 * 1.35), f"730 hours is the whole month: expected 985.5, got {got['compute']}"
    got = monthly_cost({"instances": [{"type": "gpu-1", "count": 4, "hours": 0},
                                      {"type": "cpu-2", "count": 0}], "storage_gb": 0}, PRICES)
    assert got == {"compute": 0, "storage": 0, "egress": 0, "total": 0}, f"0 hours or 0 instances cost 0, got {got}"
    got = monthly_cost({"instances": []}, PRICES)
    assert got["total"] == 0, f"an empty list of groups costs 0, got {got}"


def test_groups_that_cost_nothing_are_still_checked():
    expect_value_error({"instances": [{"type": "tpu", "count": 0}]}, PRICES, "'tpu' is not priced, even with count 0")
    expect_value_error({"instances": [{"type": "cpu-2", "count": 0, "hours": 731}]}, PRICES,
                       "731 hours is more than a month, even with count 0")
    expect_value_error({"instances": [{"type": "cpu-2", "count": False}]}, PRICES, "False is not a count")
    expect_value_error({"instances": [{"type": "cpu-2", "count": "2"}]}, PRICES, "the string '2' is not a count")
    expect_value_error({"instances": [{"type": "cpu-2", "count": 2.0}]}, PRICES, "2.0 is a float, not an int count")


def test_other_invalid_tables_and_keys():
    expect_value_error({"instance": [{"type": "cpu-2", "count": 1}]}, PRICES, "'instance' is not a usage key")
    expect_value_error({"egress": 10}, PRICES, "'egress' is not a usage key")
    expect_value_error({}, {"storage_gb_month": 0.02, "egress_gb": 0.1}, "the prices lack 'instance_hour'")
    expect_value_error({}, {"instance_hour": {}, "storage_gb_month": 0.02}, "the prices lack 'egress_gb'")
    expect_value_error({"egress_gb": 10}, dict(PRICES, egress_gb=-0.1), "a negative egress price")
    expect_value_error({"egress_gb": 10}, dict(PRICES, egress_free_gb=-5), "a negative free allowance")
    bad_hourly = dict(PRICES, instance_hour={"cpu-2": -0.05})
    expect_value_error({"instances": [{"type": "cpu-2", "count": 1}]}, bad_hourly, "a negative hourly price")


def test_inputs_are_not_modified():
    usage = {"instances": [{"type": "gpu-1", "count": 2, "hours": 3}], "storage_gb": 10, "egress_gb": 50}
    prices = copy.deepcopy(PRICES)
    before = copy.deepcopy(usage)
    monthly_cost(usage, prices)
    assert usage == before and prices == PRICES, "monthly_cost must not change its arguments (no default 'hours' written back)"

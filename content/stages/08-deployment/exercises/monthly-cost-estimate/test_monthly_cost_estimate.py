import copy
import math

from monthly_cost_estimate import monthly_cost

PRICES = {
    "instance_hour": {"small": 0.0208, "large": 0.096},
    "storage_gb_month": 0.08,
    "egress_gb": 0.09,
    "egress_free_gb": 100,
}


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def test_worked_example_breakdown():
    usage = {
        "instances": [{"type": "large", "count": 2}, {"type": "small", "count": 1, "hours": 200}],
        "storage_gb": 500,
        "egress_gb": 1100,
    }
    got = monthly_cost(usage, PRICES)
    want = {"compute": 144.32, "storage": 40.0, "egress": 90.0, "total": 274.32}
    assert set(got) == set(want), f"expected the keys {sorted(want)}, got {sorted(got)}"
    for key, value in want.items():
        assert close(got[key], value), f"{key}: expected {value}, got {got[key]}"


def test_an_instance_runs_730_hours_by_default():
    got = monthly_cost({"instances": [{"type": "small", "count": 1}]}, PRICES)
    assert close(got["compute"], 730 * 0.0208), (
        f"one small instance all month is 730 h x 0.0208 = 15.184, got {got['compute']}"
    )


def test_partial_hours_cost_less():
    got = monthly_cost({"instances": [{"type": "large", "count": 3, "hours": 10.5}]}, PRICES)
    assert close(got["compute"], 3 * 10.5 * 0.096), (
        f"expected 3 x 10.5 h x 0.096 = 3.024, got {got['compute']}"
    )


def test_egress_below_the_free_allowance_costs_nothing():
    got = monthly_cost({"egress_gb": 40}, PRICES)
    assert got["egress"] == 0, (
        f"40 GB is inside the 100 GB free allowance: expected 0, got {got['egress']}"
    )
    no_allowance = {k: v for k, v in PRICES.items() if k != "egress_free_gb"}
    got = monthly_cost({"egress_gb": 40}, no_allowance)
    assert close(got["egress"], 3.6), (
        f"without an allowance 40 GB x 0.09 = 3.6, got {got['egress']}"
    )


def test_empty_plan_costs_nothing():
    got = monthly_cost({}, PRICES)
    assert got == {"compute": 0, "storage": 0, "egress": 0, "total": 0}, (
        f"an empty plan should cost 0 everywhere, got {got}"
    )


def test_unknown_instance_type_is_named_in_the_error():
    try:
        monthly_cost({"instances": [{"type": "gpu-xl", "count": 1}]}, PRICES)
    except ValueError as err:
        assert "gpu-xl" in str(err), (
            f"the message should name the unknown type 'gpu-xl', got: {err}"
        )
        return
    raise AssertionError("expected ValueError: 'gpu-xl' is not in the price table")


def test_invalid_amounts_raise_value_error():
    cases = [
        ({"instances": [{"type": "small", "count": -1}]}, "a negative count"),
        ({"instances": [{"type": "small", "count": 1.5}]}, "a fractional count"),
        ({"instances": [{"type": "small", "count": True}]}, "True as a count"),
        ({"instances": [{"type": "small", "count": 1, "hours": 800}]}, "800 h in a 730-hour month"),
        ({"instances": [{"type": "small", "count": 1, "hours": -2}]}, "negative hours"),
        ({"storage_gb": -1}, "negative storage"),
        ({"egress_gb": -5}, "negative egress"),
    ]
    for usage, why in cases:
        try:
            monthly_cost(usage, PRICES)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {usage}: {why}")


def test_unknown_usage_keys_and_missing_prices_raise_value_error():
    cases = [
        ({"storage_gbs": 500}, PRICES, "'storage_gbs' is a typo of 'storage_gb'"),
        ({}, {"instance_hour": {}, "egress_gb": 0.09}, "the prices lack 'storage_gb_month'"),
        ({}, dict(PRICES, storage_gb_month=-0.08), "a negative storage price"),
    ]
    for usage, prices, why in cases:
        try:
            monthly_cost(usage, prices)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError: {why}")


def test_inputs_are_not_modified():
    usage = {"instances": [{"type": "small", "count": 1}], "egress_gb": 10}
    prices = copy.deepcopy(PRICES)
    before = copy.deepcopy(usage)
    monthly_cost(usage, prices)
    assert usage == before and prices == PRICES, "monthly_cost must not change its arguments"

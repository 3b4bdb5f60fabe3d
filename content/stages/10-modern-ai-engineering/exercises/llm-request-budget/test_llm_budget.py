import math

from llm_budget import check_budget, request_cost, request_latency

PRICING = {"input_per_million": 3.0, "cached_input_per_million": 0.3,
           "output_per_million": 15.0, "ttft_s": 0.5, "output_tokens_per_s": 50.0}
REQUESTS = [{"input_tokens": 2000, "output_tokens": 300, "cached_tokens": 1500},
            {"input_tokens": 800, "output_tokens": 50},
            {"input_tokens": 4000, "output_tokens": 600}]


def test_cost_without_cache():
    got = request_cost(800, 50, PRICING)
    assert math.isclose(got, 0.00315), (
        f"(800 · 3 + 50 · 15) / 1,000,000 = 0.00315 USD, got {got}. Prices are per million tokens"
    )


def test_cached_tokens_are_part_of_the_input():
    got = request_cost(2000, 300, PRICING, cached_tokens=1500)
    assert math.isclose(got, 0.00645), (
        f"500 fresh · 3 + 1500 cached · 0.3 + 300 · 15 = 6450 per million = 0.00645 USD, got {got}. "
        "0.0105 ignores the cache; 0.006 bills the cached tokens on top of all 2000 at full price"
    )
    all_cached = request_cost(1000, 0, PRICING, cached_tokens=1000)
    assert math.isclose(all_cached, 0.0003), f"1000 cached tokens at 0.3 per million = 0.0003, got {all_cached}"


def test_latency_is_ttft_plus_streaming_time():
    assert math.isclose(request_latency(300, PRICING), 6.5), "0.5 s to the first token + 300 / 50 s = 6.5 s"
    assert math.isclose(request_latency(0, PRICING), 0.5), "no output still waits for the first token: 0.5 s"


def test_check_budget_worked_example():
    got = check_budget(REQUESTS, PRICING, max_total_cost=0.03, max_latency_s=10.0)
    assert math.isclose(got["total_cost"], 0.0306), f"0.00645 + 0.00315 + 0.021 = 0.0306, got {got['total_cost']}"
    assert math.isclose(got["slowest_s"], 12.5), f"the third request takes 0.5 + 600/50 = 12.5 s, got {got['slowest_s']}"
    assert got["too_slow"] == [2], f"only request 2 is over 10 s, got {got['too_slow']}"
    assert got["within_budget"] is False, "over both the cost and the latency limit"


def test_within_budget_needs_both_limits():
    cheap_but_slow = check_budget(REQUESTS, PRICING, max_total_cost=1.0, max_latency_s=10.0)
    assert cheap_but_slow["within_budget"] is False, "a request over the latency limit fails the budget"
    fast_but_dear = check_budget(REQUESTS, PRICING, max_total_cost=0.03, max_latency_s=20.0)
    assert fast_but_dear["too_slow"] == [] and fast_but_dear["within_budget"] is False, (
        "0.0306 USD is over a 0.03 limit even when every request is fast enough"
    )
    assert check_budget(REQUESTS, PRICING, 0.031, 12.5)["within_budget"] is True, (
        "0.0306 <= 0.031 and a latency exactly at the limit (12.5 s) is allowed"
    )


def test_no_requests():
    got = check_budget([], PRICING, 0.0, 1.0)
    assert got == {"total_cost": 0.0, "slowest_s": 0.0, "too_slow": [], "within_budget": True}, got


def test_bad_inputs_raise_value_error():
    cases = [
        (lambda: request_cost(-1, 10, PRICING), "negative input tokens"),
        (lambda: request_cost(100, 10, PRICING, cached_tokens=101), "more cached than input tokens"),
        (lambda: request_latency(10, {**PRICING, "output_tokens_per_s": 0.0}), "an output speed of 0"),
        (lambda: request_cost(100, 10, {**PRICING, "output_per_million": -1.0}), "a negative price"),
    ]
    for call, why in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")

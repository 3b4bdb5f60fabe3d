# Hidden tests: other prices and requests, checked against the formulas directly.
import math
import random

from llm_budget import check_budget, request_cost, request_latency


def test_random_prices_and_requests():
    rng = random.Random(11)
    for _ in range(50):
        pricing = {"input_per_million": rng.uniform(0.05, 20), "cached_input_per_million": rng.uniform(0, 2),
                   "output_per_million": rng.uniform(0.2, 80), "ttft_s": rng.uniform(0, 3),
                   "output_tokens_per_s": rng.uniform(5, 300)}
        t_in = rng.randint(0, 100_000)
        cached = rng.randint(0, t_in)
        t_out = rng.randint(0, 4000)
        want = ((t_in - cached) * pricing["input_per_million"] + cached * pricing["cached_input_per_million"]
                + t_out * pricing["output_per_million"]) / 1e6
        assert math.isclose(request_cost(t_in, t_out, pricing, cached), want, rel_tol=1e-9)
        assert math.isclose(request_latency(t_out, pricing), pricing["ttft_s"] + t_out / pricing["output_tokens_per_s"])


def test_another_batch():
    pricing = {"input_per_million": 0.5, "cached_input_per_million": 0.05, "output_per_million": 2.0,
               "ttft_s": 1.0, "output_tokens_per_s": 20.0}
    requests = [{"input_tokens": 10_000, "output_tokens": 100, "cached_tokens": 8_000},  # 0.0016, 6 s
                {"input_tokens": 1_000, "output_tokens": 400},                             # 0.0013, 21 s
                {"input_tokens": 0, "output_tokens": 0},                                   # 0, 1 s
                {"input_tokens": 500, "output_tokens": 380}]                               # 0.00101, 20 s
    got = check_budget(requests, pricing, max_total_cost=0.005, max_latency_s=20.0)
    assert math.isclose(got["total_cost"], 0.00391)
    assert math.isclose(got["slowest_s"], 21.0)
    assert got["too_slow"] == [1]
    assert got["within_budget"] is False
    assert check_budget(requests[2:], pricing, 0.0011, 20.0)["within_budget"] is True


def test_inputs_are_not_modified():
    pricing = {"input_per_million": 1.0, "cached_input_per_million": 0.1, "output_per_million": 4.0,
               "ttft_s": 0.2, "output_tokens_per_s": 40.0}
    requests = [{"input_tokens": 10, "output_tokens": 5}]
    check_budget(requests, pricing, 1.0, 1.0)
    assert requests == [{"input_tokens": 10, "output_tokens": 5}] and pricing["ttft_s"] == 0.2

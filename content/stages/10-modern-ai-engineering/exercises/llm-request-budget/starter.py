def request_cost(input_tokens: int, output_tokens: int, pricing: dict, cached_tokens: int = 0) -> float:
    """Cost of one request in USD.

    cached_tokens is the part of input_tokens billed at the cached price. Prices are per million.
    """
    raise NotImplementedError("bill fresh input, cached input and output at their prices per million")


def request_latency(output_tokens: int, pricing: dict) -> float:
    """Seconds until the last output token: TTFT + output_tokens / output speed."""
    raise NotImplementedError


def check_budget(requests: list[dict], pricing: dict, max_total_cost: float, max_latency_s: float) -> dict:
    """Check a batch of requests against a total cost limit and a per-request latency limit.

    Returns {"total_cost", "slowest_s", "too_slow" (indices), "within_budget"}.
    """
    raise NotImplementedError

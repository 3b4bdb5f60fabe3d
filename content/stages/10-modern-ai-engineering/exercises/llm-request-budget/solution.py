def _check_pricing(pricing: dict) -> None:
    for key in ("input_per_million", "cached_input_per_million", "output_per_million", "ttft_s"):
        if pricing[key] < 0:
            raise ValueError(f"{key} must not be negative, got {pricing[key]}")
    if pricing["output_tokens_per_s"] <= 0:
        raise ValueError(f"output_tokens_per_s must be positive, got {pricing['output_tokens_per_s']}")


def request_cost(input_tokens: int, output_tokens: int, pricing: dict, cached_tokens: int = 0) -> float:
    """Cost of one request in USD.

    cached_tokens is the part of input_tokens billed at the cached price. Prices are per million.
    """
    _check_pricing(pricing)
    if min(input_tokens, output_tokens, cached_tokens) < 0:
        raise ValueError("token counts must not be negative")
    if cached_tokens > input_tokens:
        raise ValueError(f"{cached_tokens} cached tokens but only {input_tokens} input tokens")
    # Cached tokens are part of the input: bill them at the cached price and only the rest at
    # the full input price.
    fresh = input_tokens - cached_tokens
    dollars_times_million = (
        fresh * pricing["input_per_million"]
        + cached_tokens * pricing["cached_input_per_million"]
        + output_tokens * pricing["output_per_million"]
    )
    return dollars_times_million / 1_000_000


def request_latency(output_tokens: int, pricing: dict) -> float:
    """Seconds until the last output token: TTFT + output_tokens / output speed."""
    _check_pricing(pricing)
    if output_tokens < 0:
        raise ValueError("token counts must not be negative")
    return pricing["ttft_s"] + output_tokens / pricing["output_tokens_per_s"]


def check_budget(requests: list[dict], pricing: dict, max_total_cost: float, max_latency_s: float) -> dict:
    """Check a batch of requests against a total cost limit and a per-request latency limit.

    Returns {"total_cost", "slowest_s", "too_slow" (indices), "within_budget"}.
    """
    total_cost = 0.0
    latencies = []
    for request in requests:
        total_cost += request_cost(
            request["input_tokens"], request["output_tokens"], pricing, request.get("cached_tokens", 0)
        )
        latencies.append(request_latency(request["output_tokens"], pricing))
    too_slow = [i for i, seconds in enumerate(latencies) if seconds > max_latency_s]
    return {
        "total_cost": total_cost,
        "slowest_s": max(latencies, default=0.0),
        "too_slow": too_slow,
        "within_budget": total_cost <= max_total_cost and not too_slow,
    }

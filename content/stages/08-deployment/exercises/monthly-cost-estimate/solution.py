HOURS_PER_MONTH = 730

USAGE_KEYS = {"instances", "storage_gb", "egress_gb"}
PRICE_KEYS = {"instance_hour", "storage_gb_month", "egress_gb"}


def _non_negative(name: str, value: object) -> float:
    # bool is a subclass of int; True GB of storage is a bug, not an amount.
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise ValueError(f"{name} must be a non-negative number, got {value!r}")
    return value


def monthly_cost(usage: dict[str, object], prices: dict[str, object]) -> dict[str, float]:
    """Return the monthly cost as {"compute", "storage", "egress", "total"}.

    usage keys (all optional): "instances" (list of {"type", "count",
    optional "hours" default 730}), "storage_gb", "egress_gb".
    prices keys: "instance_hour" (type -> price per hour),
    "storage_gb_month", "egress_gb", optional "egress_free_gb".
    Raises ValueError for unknown keys or types and invalid amounts.
    """
    unknown = set(usage) - USAGE_KEYS
    if unknown:
        raise ValueError(
            f"unknown usage keys {sorted(unknown)}; expected some of {sorted(USAGE_KEYS)}"
        )
    missing = PRICE_KEYS - set(prices)
    if missing:
        raise ValueError(f"the price table lacks {sorted(missing)}")

    hourly: dict[str, float] = prices["instance_hour"]
    for instance_type, price in hourly.items():
        _non_negative(f"price of {instance_type}", price)

    compute = 0.0
    for group in usage.get("instances", []):
        instance_type = group.get("type")
        if instance_type not in hourly:
            raise ValueError(
                f"unknown instance type {instance_type!r}; priced types: {sorted(hourly)}"
            )
        count = group.get("count")
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise ValueError(f"count must be a non-negative whole number, got {count!r}")
        hours = _non_negative("hours", group.get("hours", HOURS_PER_MONTH))
        if hours > HOURS_PER_MONTH:
            raise ValueError(f"hours cannot exceed {HOURS_PER_MONTH} in a month, got {hours}")
        compute += count * hours * hourly[instance_type]

    storage_gb = _non_negative("storage_gb", usage.get("storage_gb", 0))
    storage = storage_gb * _non_negative("storage_gb_month price", prices["storage_gb_month"])

    egress_gb = _non_negative("egress_gb", usage.get("egress_gb", 0))
    free_gb = _non_negative("egress_free_gb", prices.get("egress_free_gb", 0))
    # The allowance can only remove cost, never create a credit.
    egress = max(0.0, egress_gb - free_gb) * _non_negative("egress_gb price", prices["egress_gb"])

    total = compute + storage + egress
    return {"compute": compute, "storage": storage, "egress": egress, "total": total}

HOURS_PER_MONTH = 730


def monthly_cost(usage: dict[str, object], prices: dict[str, object]) -> dict[str, float]:
    """Return the monthly cost as {"compute", "storage", "egress", "total"}.

    usage keys (all optional): "instances" (list of {"type", "count",
    optional "hours" default 730}), "storage_gb", "egress_gb".
    prices keys: "instance_hour" (type -> price per hour),
    "storage_gb_month", "egress_gb", optional "egress_free_gb".
    Raises ValueError for unknown keys or types and invalid amounts.
    """
    raise NotImplementedError("validate the plan, then price compute, storage and egress")

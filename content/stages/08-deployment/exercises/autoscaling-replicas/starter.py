def desired_replicas(
    requests_per_second: float,
    capacity_per_replica: float,
    target_utilisation: float,
    min_replicas: int,
    max_replicas: int,
    current_replicas: int | None = None,
    tolerance: float = 0.1,
) -> int:
    """Return the number of replicas an autoscaler would run.

    N = rps / (capacity * target). Keep current_replicas if |N / current - 1|
    <= tolerance, else round N up (within 1e-9 of a whole number counts as
    that number); then clamp to [min_replicas, max_replicas].
    Raises ValueError for invalid arguments.
    """
    raise NotImplementedError("divide the traffic by what one replica should carry, then adjust")

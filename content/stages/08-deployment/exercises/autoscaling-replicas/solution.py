import math

EPSILON = 1e-9


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
    if requests_per_second < 0:
        raise ValueError(f"requests_per_second must be >= 0, got {requests_per_second}")
    if capacity_per_replica <= 0:
        raise ValueError(f"capacity_per_replica must be > 0, got {capacity_per_replica}")
    if not 0 < target_utilisation <= 1:
        raise ValueError(f"target_utilisation must be in (0, 1], got {target_utilisation}")
    if min_replicas < 0 or max_replicas < 1 or max_replicas < min_replicas:
        raise ValueError(
            "need 0 <= min_replicas <= max_replicas and max_replicas >= 1, "
            f"got {min_replicas} and {max_replicas}"
        )
    if current_replicas is not None and current_replicas < 0:
        raise ValueError(f"current_replicas must be >= 0, got {current_replicas}")
    if tolerance < 0:
        raise ValueError(f"tolerance must be >= 0, got {tolerance}")

    # What the traffic needs if every replica runs exactly at the target utilisation.
    needed = requests_per_second / (capacity_per_replica * target_utilisation)

    if current_replicas and abs(needed / current_replicas - 1) <= tolerance:
        # Close enough to the target: changing now would only make the count flap.
        desired = current_replicas
    else:
        # Round up, but forgive rounding noise: 6.000000000000001 means 6, not 7.
        desired = math.ceil(needed - EPSILON)

    # The limits apply last, however the number was reached.
    return max(min_replicas, min(max_replicas, desired))

def dot(u: list[float], v: list[float]) -> float:
    """Return the dot product of u and v: the sum of u[i] * v[i] over all i.

    Raises ValueError if u and v have different lengths.
    """
    # zip() stops at the shorter list without complaint, so the length check
    # has to happen first; otherwise [1, 2, 3] . [1, 2] would quietly give 5.
    if len(u) != len(v):
        raise ValueError(f"length mismatch: {len(u)} vs {len(v)}")
    # sum() starts from 0, so two empty vectors give 0 as they should.
    return sum(a * b for a, b in zip(u, v))

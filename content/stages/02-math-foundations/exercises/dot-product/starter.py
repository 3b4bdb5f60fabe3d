def dot(u: list[float], v: list[float]) -> float:
    """Return the dot product of u and v: the sum of u[i] * v[i] over all i.

    Raises ValueError if u and v have different lengths.
    """
    raise NotImplementedError("multiply matching entries and add them up")

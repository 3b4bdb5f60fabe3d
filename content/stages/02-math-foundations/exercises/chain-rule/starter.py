from collections.abc import Callable

Fn = Callable[[float], float]


def chain(pairs: list[tuple[Fn, Fn]]) -> tuple[Fn, Fn]:
    """Return (h, dh): the composition of the pieces in list order and its derivative.

    pairs[0] is applied first. dh(x) is the product of each piece's
    derivative at the input that piece received. An empty list gives the
    identity, with derivative 1.
    """
    raise NotImplementedError("run forward through the pieces, multiplying derivatives")

from collections.abc import Callable

Fn = Callable[[float], float]


def chain(pairs: list[tuple[Fn, Fn]]) -> tuple[Fn, Fn]:
    """Return (h, dh): the composition of the pieces in list order and its derivative.

    pairs[0] is applied first. dh(x) is the product of each piece's
    derivative at the input that piece received. An empty list gives the
    identity, with derivative 1.
    """
    # Freeze the pieces now: the closures below would otherwise see any later
    # append or replace on the caller's list.
    pieces = tuple(pairs)

    def h(x: float) -> float:
        u = x
        for g, _ in pieces:
            u = g(u)
        return u

    def dh(x: float) -> float:
        u = x  # the input of the current piece: u_0 = x, then u_j = g_j(u_{j-1})
        slope = 1.0  # an empty product is 1, so the empty chain is the identity
        for g, dg in pieces:
            # Chain rule: this piece's derivative at the value it actually receives.
            slope *= dg(u)
            u = g(u)  # the forward value becomes the next piece's input
        return slope

    return h, dh

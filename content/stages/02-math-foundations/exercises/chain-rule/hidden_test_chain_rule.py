# Hidden tests: other pieces (cube, log, reciprocal, shifts), other points, a repeated piece,
# longer chains for the call count, and two chains built one after the other staying independent.
import math

from chain_rule import chain

CUBE = (lambda u: u ** 3, lambda u: 3 * u * u)
SHIFT = (lambda u: u + 2.0, lambda u: 1.0)
HALVE = (lambda u: 0.5 * u, lambda u: 0.5)
LOG = (math.log, lambda u: 1.0 / u)
RECIP = (lambda u: 1.0 / u, lambda u: -1.0 / (u * u))
COS = (math.cos, lambda u: -math.sin(u))


def test_other_two_piece_chains_at_several_points():
    h, dh = chain([SHIFT, CUBE])  # (x + 2)^3
    for x in (-3.5, -2.0, 0.25, 1.7):
        assert math.isclose(h(x), (x + 2) ** 3, rel_tol=1e-12, abs_tol=1e-12), (
            f"(x + 2)³ at x = {x} should be {(x + 2) ** 3}, got {h(x)}"
        )
        want = 3 * (x + 2) ** 2
        assert math.isclose(dh(x), want, rel_tol=1e-12, abs_tol=1e-12), (
            f"d/dx (x + 2)³ = 3(x + 2)² = {want} at x = {x}, got {dh(x)}; "
            "the cube's derivative is taken at x + 2, not at x"
        )


def test_four_pieces_with_log_and_reciprocal():
    h, dh = chain([CUBE, SHIFT, LOG, RECIP])  # 1 / log(x³ + 2)
    for x in (0.3, 1.1, 2.6):
        inner = x ** 3 + 2
        want_h = 1 / math.log(inner)
        want_dh = -1 / math.log(inner) ** 2 * (1 / inner) * 3 * x * x
        assert math.isclose(h(x), want_h, rel_tol=1e-12), f"expected h({x}) = {want_h}, got {h(x)}"
        assert math.isclose(dh(x), want_dh, rel_tol=1e-12), (
            f"expected h'({x}) = -1/log(x³+2)² · 1/(x³+2) · 3x² = {want_dh}, got {dh(x)}"
        )


def test_the_same_piece_repeated():
    h, dh = chain([CUBE, CUBE])  # x^9
    for x in (-1.2, 0.8, 1.5):
        assert math.isclose(h(x), x ** 9, rel_tol=1e-12), f"expected x⁹ = {x ** 9}, got {h(x)}"
        assert math.isclose(dh(x), 9 * x ** 8, rel_tol=1e-12), (
            f"expected 9x⁸ = {9 * x ** 8} at x = {x}, got {dh(x)}"
        )
    h, dh = chain([HALVE] * 5)
    assert math.isclose(h(8.0), 0.25) and math.isclose(dh(8.0), 1 / 32), (
        f"halving five times: h(8) = 0.25 and h' = 1/32, got {h(8.0)} and {dh(8.0)}"
    )


def test_long_chain_calls_each_piece_once_and_matches_central_differences():
    calls = {"f": [0] * 7, "df": [0] * 7}
    base = [SHIFT, COS, CUBE, HALVE, (math.tanh, lambda u: 1 - math.tanh(u) ** 2), SHIFT, LOG]

    def counted(i, piece):
        g, dg = piece

        def cg(u):
            calls["f"][i] += 1
            return g(u)

        def cdg(u):
            calls["df"][i] += 1
            return dg(u)

        return cg, cdg

    h, dh = chain([counted(i, p) for i, p in enumerate(base)])
    x, step = 0.9, 1e-6
    numeric = (h(x + step) - h(x - step)) / (2 * step)
    calls["f"], calls["df"] = [0] * 7, [0] * 7
    got = dh(x)
    assert abs(got - numeric) < 1e-6, f"at x = {x} expected ≈ {numeric} (central differences), got {got}"
    assert all(c <= 1 for c in calls["f"]) and calls["df"] == [1] * 7, (
        f"one dh call should run each function at most once and each derivative once, "
        f"got functions {calls['f']} and derivatives {calls['df']}"
    )


def test_two_chains_are_independent():
    h1, dh1 = chain([SHIFT, CUBE])
    h2, dh2 = chain([COS])
    assert math.isclose(h1(1.0), 27.0) and math.isclose(dh1(1.0), 27.0), (
        f"the first chain (x + 2)³ should still give 27 and 27 at x = 1, got {h1(1.0)} and {dh1(1.0)}"
    )
    assert math.isclose(h2(1.0), math.cos(1.0)) and math.isclose(dh2(1.0), -math.sin(1.0)), (
        f"the second chain is cos, got {h2(1.0)} and {dh2(1.0)}"
    )
    h0, dh0 = chain([])
    assert h0(-7.5) == -7.5 and dh0(-7.5) == 1.0, (
        f"the empty chain is the identity at every x, got {h0(-7.5)} and {dh0(-7.5)}"
    )

import math

from chain_rule import chain

LINEAR = (lambda x: 3 * x - 1, lambda x: 3.0)
SQUARE = (lambda u: u * u, lambda u: 2 * u)
SIN = (math.sin, math.cos)
EXP = (math.exp, math.exp)


def central(func, x: float, h: float = 1e-6) -> float:
    return (func(x + h) - func(x - h)) / (2 * h)


def test_lesson_example_value_and_derivative():
    h, dh = chain([LINEAR, SQUARE])
    assert math.isclose(h(1.0), 4.0), f"(3·1 - 1)² = 4, got {h(1.0)}"
    assert math.isclose(dh(1.0), 12.0), (
        f"d/dx (3x - 1)² = 2(3x - 1)·3 = 12 at x = 1, got {dh(1.0)}; "
        "4 means the inner derivative 3 is missing, "
        "6 means square' was evaluated at x, not at 3x - 1"
    )


def test_order_of_pieces_matters():
    h, dh = chain([SQUARE, LINEAR])
    assert math.isclose(h(1.0), 2.0), f"square first, then 3u - 1: 3·1 - 1 = 2, got {h(1.0)}"
    assert math.isclose(dh(2.0), 12.0), (
        f"d/dx (3x² - 1) = 6x = 12 at x = 2, got {dh(2.0)}; pairs[0] is applied first"
    )


def test_three_pieces():
    h, dh = chain([SQUARE, SIN, EXP])  # exp(sin(x²))
    x = 0.7
    expected = math.exp(math.sin(x * x)) * math.cos(x * x) * 2 * x
    assert math.isclose(h(x), math.exp(math.sin(x * x)), rel_tol=1e-12), (
        f"expected exp(sin(0.49)) ≈ {math.exp(math.sin(0.49)):.6f}, got {h(x)}"
    )
    assert math.isclose(dh(x), expected, rel_tol=1e-12), (
        f"expected exp(sin(x²))·cos(x²)·2x ≈ {expected:.6f} at x = 0.7, got {dh(x)}"
    )


def test_long_chain_matches_central_differences():
    pieces = [LINEAR, SIN, SQUARE, (math.tanh, lambda u: 1 - math.tanh(u) ** 2), EXP]
    h, dh = chain(pieces)
    for x in (-1.3, 0.0, 0.4, 2.2):
        numeric = central(h, x)
        assert abs(dh(x) - numeric) < 1e-6, (
            f"at x = {x} the chain-rule derivative is {dh(x)}, "
            f"but central differences give {numeric}"
        )


def test_single_pair_is_returned_unchanged():
    h, dh = chain([SIN])
    assert math.isclose(h(0.5), math.sin(0.5)) and math.isclose(dh(0.5), math.cos(0.5)), (
        f"one piece should behave like sin and cos, got {h(0.5)} and {dh(0.5)}"
    )


def test_empty_chain_is_the_identity():
    h, dh = chain([])
    assert h(2.5) == 2.5, f"the empty chain should return its input, got h(2.5) = {h(2.5)}"
    assert dh(2.5) == 1.0, f"the identity has derivative 1 (an empty product), got {dh(2.5)}"


def test_each_piece_is_evaluated_once_per_derivative_call():
    calls = {"f": [0, 0, 0, 0], "df": [0, 0, 0, 0]}

    def counted(i):
        def g(u):
            calls["f"][i] += 1
            return u + 1.0

        def dg(u):
            calls["df"][i] += 1
            return 2.0

        return g, dg

    _, dh = chain([counted(i) for i in range(4)])
    got = dh(0.0)
    assert got == 16.0, f"four pieces with derivative 2 give 2⁴ = 16, got {got}"
    assert all(c <= 1 for c in calls["f"]), (
        f"each piece's function should run at most once per dh call, got {calls['f']}: "
        "carry the forward value along instead of recomputing it from x"
    )
    assert calls["df"] == [1, 1, 1, 1], (
        f"each piece's derivative should run exactly once per dh call, got {calls['df']}"
    )


def test_later_changes_to_the_list_do_not_matter():
    pieces = [LINEAR, SQUARE]
    h, dh = chain(pieces)
    pieces.append(EXP)
    pieces[0] = SIN
    assert math.isclose(h(1.0), 4.0) and math.isclose(dh(1.0), 12.0), (
        "after changing the list, h(1) and dh(1) should still be 4 and 12, "
        f"got {h(1.0)} and {dh(1.0)}; "
        "copy the pieces when chain is called"
    )

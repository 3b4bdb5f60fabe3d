import math

from warmup_cosine_schedule import lr_at


def check(step, expected, base_lr=0.1, warmup=10, total=110):
    got = lr_at(step, base_lr, warmup, total)
    assert isinstance(got, float), f"return a float, got {type(got).__name__}"
    assert math.isclose(got, expected, abs_tol=1e-9), (
        f"lr_at({step}, base_lr={base_lr}, warmup_steps={warmup}, total_steps={total}): expected {expected:.6f}, got {got:.6f}"
    )


def test_warm_up_rises_linearly_from_zero():
    check(0, 0.0)
    check(5, 0.05)
    check(9, 0.09)


def test_peak_at_the_end_of_warm_up():
    check(10, 0.1)


def test_cosine_decay_points():
    check(60, 0.05)  # halfway through the 100 decay steps: cos(pi/2) = 0
    check(35, 0.1 * 0.5 * (1 + math.cos(math.pi / 4)))
    check(85, 0.1 * 0.5 * (1 + math.cos(3 * math.pi / 4)))


def test_zero_at_and_after_the_end():
    check(110, 0.0)
    check(500, 0.0)


def test_never_increases_after_warm_up():
    rates = [lr_at(s, 0.1, 10, 110) for s in range(10, 120)]
    rising = [10 + i for i, (a, b) in enumerate(zip(rates, rates[1:])) if b > a + 1e-15]
    assert not rising, f"after warm-up the rate must only fall; it rose at steps {rising[:5]}"


def test_no_warm_up_starts_at_the_peak():
    check(0, 0.5, base_lr=0.5, warmup=0, total=4)
    check(2, 0.25, base_lr=0.5, warmup=0, total=4)


def test_rejects_bad_arguments():
    for args in ((-1, 0.1, 10, 110), (0, -0.1, 10, 110), (0, 0.1, 110, 110), (0, 0.1, -1, 10), (0, 0.1, 0, 0)):
        try:
            lr_at(*args)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for lr_at{args}")

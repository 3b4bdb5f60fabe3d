from autoscaling_replicas import desired_replicas


def test_rounds_the_needed_replicas_up():
    got = desired_replicas(400, 50, 0.7, min_replicas=1, max_replicas=20)
    assert got == 12, f"400 / (50 x 0.7) = 11.43 replicas' worth of traffic needs 12, got {got}"
    assert isinstance(got, int), f"return an int, got {type(got).__name__}"


def test_an_exact_ratio_is_not_rounded_up_by_float_noise():
    got = desired_replicas(357, 85, 0.7, min_replicas=1, max_replicas=20)
    assert got == 6, (
        f"357 / (85 x 0.7) = 357 / 59.5 is exactly 6, got {got}; in floating point it is "
        "6.000000000000001, so forgive a tiny excess before rounding up"
    )
    got = desired_replicas(350, 50, 0.7, min_replicas=1, max_replicas=20)
    assert got == 10, f"350 / 35 is exactly 10, got {got}"


def test_result_is_clamped_to_the_limits():
    got = desired_replicas(400, 50, 0.7, min_replicas=1, max_replicas=10)
    assert got == 10, f"12 replicas are needed but the maximum is 10, got {got}"
    got = desired_replicas(0, 50, 0.7, min_replicas=2, max_replicas=10)
    assert got == 2, f"no traffic needs 0 replicas, but the minimum is 2, got {got}"


def test_scale_to_zero_when_the_minimum_is_zero():
    assert desired_replicas(0, 50, 0.7, 0, 5) == 0, "with min 0 and no traffic expect 0 replicas"
    got = desired_replicas(0.1, 50, 0.7, 0, 5)
    assert got == 1, f"any traffic at all needs at least 1 replica, got {got}"


def test_tolerance_keeps_the_current_count_for_small_changes():
    got = desired_replicas(378, 50, 0.7, 1, 20, current_replicas=10)
    assert got == 10, (
        f"N = 10.8 is 8% above the current 10, inside the 10% tolerance: expected 10, got {got}"
    )
    got = desired_replicas(647.5, 50, 0.7, 1, 30, current_replicas=20)
    assert got == 20, (
        f"N = 18.5 is 7.5% below the current 20, inside the tolerance: expected 20, got {got}"
    )
    got = desired_replicas(378, 50, 0.7, 1, 20)
    assert got == 11, (
        f"without current_replicas there is no tolerance step: ceil(10.8) = 11, got {got}"
    )


def test_changes_beyond_the_tolerance_rescale():
    got = desired_replicas(500, 50, 0.7, 1, 20, current_replicas=10)
    assert got == 15, f"N = 14.29 is 43% above the current 10: expected ceil(14.29) = 15, got {got}"
    got = desired_replicas(378, 50, 0.7, 1, 20, current_replicas=10, tolerance=0.05)
    assert got == 11, (
        f"with tolerance 0.05, 8% above the target is too much: expected 11, got {got}"
    )


def test_limits_apply_after_the_tolerance():
    got = desired_replicas(420, 50, 0.7, 1, 10, current_replicas=12)
    assert got == 10, f"N = 12 equals the current 12, but the maximum is 10: expected 10, got {got}"


def test_current_zero_skips_the_tolerance():
    got = desired_replicas(100, 50, 0.7, 0, 10, current_replicas=0)
    assert got == 3, f"scaled to zero there is no ratio to compare: ceil(100 / 35) = 3, got {got}"


def test_invalid_arguments_raise_value_error():
    cases = [
        ((-1, 50, 0.7, 1, 5), {}, "negative traffic"),
        ((10, 0, 0.7, 1, 5), {}, "zero capacity"),
        ((10, 50, 0, 1, 5), {}, "target utilisation 0"),
        ((10, 50, 1.2, 1, 5), {}, "target utilisation above 1"),
        ((10, 50, 0.7, 6, 5), {}, "min above max"),
        ((10, 50, 0.7, -1, 5), {}, "negative min"),
        ((10, 50, 0.7, 0, 0), {}, "max of 0"),
        ((10, 50, 0.7, 1, 5), {"current_replicas": -2}, "negative current replicas"),
        ((10, 50, 0.7, 1, 5), {"tolerance": -0.1}, "negative tolerance"),
    ]
    for args, kwargs, why in cases:
        try:
            desired_replicas(*args, **kwargs)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}: desired_replicas{args} {kwargs}")

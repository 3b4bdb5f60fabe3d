import math

from bayes_rule import posterior


def test_lesson_disease_example():
    got = posterior(0.01, 0.99, 0.95)
    assert math.isclose(got, 1 / 6, rel_tol=1e-9), (
        f"expected 0.0099 / 0.0594 = 1/6 ≈ 0.1667 for prior 1%, sensitivity 99%, "
        f"specificity 95%; got {got}"
    )


def test_higher_prior_gives_higher_posterior():
    got = posterior(0.10, 0.99, 0.95)
    assert math.isclose(got, 0.099 / 0.144, rel_tol=1e-9), (
        f"expected 0.099 / (0.099 + 0.05 * 0.9) = 0.6875 for prior 10%, got {got}"
    )


def test_uses_one_minus_specificity_as_false_positive_rate():
    got = posterior(0.5, 0.8, 0.9)
    assert math.isclose(got, 0.4 / 0.45, rel_tol=1e-9), (
        f"expected 0.8*0.5 / (0.8*0.5 + 0.1*0.5) ≈ 0.8889, got {got}; "
        "P(+ | healthy) is 1 - specificity, not the specificity itself"
    )


def test_uninformative_test_returns_the_prior():
    got = posterior(0.3, 0.4, 0.6)  # P(+ | ill) = P(+ | healthy) = 0.4
    assert math.isclose(got, 0.3, rel_tol=1e-9), (
        "a test positive equally often for ill and healthy people should leave the prior 0.3, "
        f"got {got}"
    )


def test_perfect_specificity_gives_certainty():
    got = posterior(0.01, 0.5, 1.0)
    assert math.isclose(got, 1.0), (
        f"with no false positives every positive is ill: expected 1.0, got {got}"
    )


def test_zero_prior_gives_zero_posterior():
    got = posterior(0.0, 0.99, 0.95)
    assert got == 0.0, f"if nobody has the condition, the posterior must be 0, got {got}"


def test_probabilities_outside_unit_interval_raise_value_error():
    bad_calls = [(-0.1, 0.9, 0.9), (1.5, 0.9, 0.9), (0.1, 1.01, 0.9), (0.1, 0.9, -0.5)]
    for args in bad_calls:
        try:
            posterior(*args)
        except ValueError:
            continue
        raise AssertionError(
            f"expected ValueError for posterior{args}: every input must be in [0, 1]"
        )


def test_impossible_positive_result_raises_value_error():
    try:
        posterior(0.0, 0.9, 1.0)  # nobody ill and no false positives: P(+) = 0
    except ValueError:
        return
    raise AssertionError("expected ValueError when a positive result has probability 0")

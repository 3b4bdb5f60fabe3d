# Hidden tests: Stepwise runs these itself and never sends them out, so an answer table fitted to
# the visible cases cannot pass. Same rule, other numbers, checked against the formula directly.
import math

from bayes_rule import posterior


def expected(prior, sensitivity, specificity):
    ill = sensitivity * prior
    return ill / (ill + (1 - specificity) * (1 - prior))


def test_a_grid_of_priors_sensitivities_and_specificities():
    for prior in (0.002, 0.05, 0.37, 0.8):
        for sensitivity in (0.6, 0.93):
            for specificity in (0.7, 0.985):
                got = posterior(prior, sensitivity, specificity)
                want = expected(prior, sensitivity, specificity)
                assert math.isclose(got, want, rel_tol=1e-9), (
                    f"posterior({prior}, {sensitivity}, {specificity}) should be {want:.6f}, got {got}"
                )


def test_certain_prior_gives_certainty():
    assert math.isclose(posterior(1.0, 0.7, 0.8), 1.0), "with prior 1 everyone is ill: the posterior is 1"


def test_a_nan_argument_raises_value_error():
    try:
        posterior(float("nan"), 0.9, 0.9)
    except ValueError:
        return
    raise AssertionError("a NaN prior is not a probability: raise ValueError")

import numpy as np
from sklearn.metrics import average_precision_score, precision_recall_curve

from pr_curve_average_precision import average_precision, pr_curve

Y = np.array([1, 1, 1, 1, 0, 0, 0, 0, 0, 0])
S = np.array([0.9, 0.8, 0.35, 0.3, 0.7, 0.4, 0.2, 0.15, 0.1, 0.05])


def random_case(seed: int, n: int = 200, share: float = 0.1):
    rng = np.random.default_rng(seed)
    y = (rng.random(n) < share).astype(int)
    y[0] = 1
    scores = np.round(rng.normal(size=n) + 1.2 * y, 1)  # rounding creates ties
    return y, scores


def test_hand_example_curve():
    thresholds, precision, recall = pr_curve(Y, S)
    assert np.allclose(thresholds[:6], [0.9, 0.8, 0.7, 0.4, 0.35, 0.3]), (
        f"thresholds are the distinct scores from high to low, got {thresholds[:6]}"
    )
    assert np.allclose(precision[:6], [1, 1, 2 / 3, 1 / 2, 3 / 5, 2 / 3]), (
        f"expected precision [1, 1, 0.667, 0.5, 0.6, 0.667] first, got {np.round(precision[:6], 3)}"
    )
    assert np.allclose(recall[:6], [0.25, 0.5, 0.5, 0.5, 0.75, 1.0]), (
        f"expected recall [0.25, 0.5, 0.5, 0.5, 0.75, 1] first, got {recall[:6]}"
    )
    assert len(thresholds) == 10 and np.isclose(precision[-1], 0.4), (
        "the last threshold flags all 10 examples: precision 4/10"
    )


def test_hand_example_average_precision():
    got = average_precision(Y, S)
    assert np.isclose(got, 0.25 + 0.25 + 0.25 * 0.6 + 0.25 * 2 / 3), (
        f"expected 0.25*1 + 0.25*1 + 0.25*0.6 + 0.25*(2/3) = 0.8167, got {got:.4f}. "
        "The trapezoid area under the curve is a different number"
    )


def test_tied_scores_make_one_point():
    thresholds, precision, recall = pr_curve(np.array([1, 0, 1]), np.array([0.5, 0.5, 0.2]))
    assert len(thresholds) == 2, f"two distinct scores give two points, got {len(thresholds)}"
    assert np.allclose(precision, [0.5, 2 / 3]) and np.allclose(recall, [0.5, 1.0]), (
        f"the two examples at 0.5 are flagged together: expected precision [0.5, 0.667] and "
        f"recall [0.5, 1], got {np.round(precision, 3)} and {recall}"
    )


def test_curve_matches_scikit_learn():
    y, scores = random_case(0)
    thresholds, precision, recall = pr_curve(y, scores)
    p_ref, r_ref, t_ref = precision_recall_curve(y, scores)
    # scikit-learn: thresholds from low to high, plus a final point (precision 1, recall 0)
    assert np.allclose(thresholds, t_ref[::-1]), "thresholds should be the distinct scores, high to low"
    assert np.allclose(precision, p_ref[:-1][::-1]) and np.allclose(recall, r_ref[:-1][::-1]), (
        "precision and recall should match sklearn.metrics.precision_recall_curve (reversed)"
    )


def test_average_precision_matches_scikit_learn():
    for seed in (1, 2, 3):
        y, scores = random_case(seed)
        got, expected = average_precision(y, scores), average_precision_score(y, scores)
        assert np.isclose(got, expected), (
            f"seed {seed}: average_precision_score gives {expected:.5f}, got {got:.5f}"
        )


def test_perfect_and_random_rankings():
    y = np.array([0, 1, 0, 1, 1, 0])
    assert np.isclose(average_precision(y, y + 0.1), 1.0), "positives all ranked first: AP = 1"
    rng = np.random.default_rng(4)
    y = (rng.random(20000) < 0.1).astype(int)
    got = average_precision(y, rng.random(20000))
    assert abs(got - y.mean()) < 0.01, (
        f"random scores give AP close to the share of positives, {y.mean():.3f}, got {got:.3f}"
    )


def test_bad_inputs_raise_value_error():
    for args, why in (
        ((np.array([0, 0, 0]), np.array([0.1, 0.2, 0.3])), "no positives"),
        ((np.array([1, 0]), np.array([0.1, 0.2, 0.3])), "different lengths"),
        ((np.array([1, 2, 0]), np.array([0.1, 0.2, 0.3])), "a label 2"),
    ):
        try:
            pr_curve(*args)
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {why}")

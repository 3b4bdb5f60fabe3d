import numpy as np
from sklearn.metrics import average_precision_score, precision_recall_curve

from pr_curve_average_precision import average_precision, pr_curve


def test_other_data_with_ties():
    rng = np.random.default_rng(17)
    y = (rng.random(150) < 0.2).astype(int)
    y[3] = 1
    scores = rng.integers(0, 12, size=150) + 2 * y
    thresholds, precision, recall = pr_curve(y, scores)
    p_ref, r_ref, t_ref = precision_recall_curve(y, scores)
    assert np.allclose(thresholds, t_ref[::-1])
    assert np.allclose(precision, p_ref[:-1][::-1]) and np.allclose(recall, r_ref[:-1][::-1])
    assert np.isclose(average_precision(y, scores), average_precision_score(y, scores))


def test_small_case():
    assert np.isclose(average_precision(np.array([0, 1, 0, 1]), np.array([0.9, 0.8, 0.7, 0.6])),
                      0.5 * 0.5 + 0.5 * 0.5)

import numpy as np


def total_cost(y_true: np.ndarray, scores: np.ndarray, threshold: float,
               cost_fp: float, cost_fn: float) -> float:
    """cost_fp * FP + cost_fn * FN when predicting positive for score >= threshold."""
    raise NotImplementedError


def min_cost_threshold(y_true: np.ndarray, scores: np.ndarray,
                       cost_fp: float, cost_fn: float) -> float:
    """The distinct score (or inf) with the lowest total cost; ties go to the higher threshold."""
    return 0.5  # the default threshold: not the cheapest in general


def threshold_for_recall(y_true: np.ndarray, scores: np.ndarray, target: float) -> float:
    """The largest distinct score whose recall is at least target."""
    raise NotImplementedError

import numpy as np


def pr_curve(y_true: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(thresholds, precision, recall): one entry per distinct score, thresholds high to low."""
    raise NotImplementedError("sort by score, count TP as the threshold falls, one point per distinct score")


def average_precision(y_true: np.ndarray, scores: np.ndarray) -> float:
    """Sum over the thresholds of (R_k - R_{k-1}) * P_k, with R_0 = 0."""
    raise NotImplementedError("weight each step up in recall by the precision at its end")

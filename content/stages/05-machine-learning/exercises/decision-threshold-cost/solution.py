import numpy as np


def _validate(y_true: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    y = np.asarray(y_true).astype(int)
    s = np.asarray(scores, dtype=float)
    if y.shape != s.shape:
        raise ValueError(f"y_true has shape {y.shape} but scores has shape {s.shape}")
    return y, s


def total_cost(y_true: np.ndarray, scores: np.ndarray, threshold: float,
               cost_fp: float, cost_fn: float) -> float:
    """cost_fp * FP + cost_fn * FN when predicting positive for score >= threshold."""
    y, s = _validate(y_true, scores)
    if cost_fp < 0 or cost_fn < 0:
        raise ValueError("costs must be >= 0")
    flagged = s >= threshold
    fp = np.sum(flagged & (y == 0))  # false alarms
    fn = np.sum(~flagged & (y == 1))  # missed positives
    return float(cost_fp * fp + cost_fn * fn)


def min_cost_threshold(y_true: np.ndarray, scores: np.ndarray,
                       cost_fp: float, cost_fn: float) -> float:
    """The distinct score (or inf) with the lowest total cost; ties go to the higher threshold."""
    _, s = _validate(y_true, scores)
    # inf flags nothing; below it, only the distinct scores change any decision.
    candidates = [float("inf")] + sorted(set(s.tolist()), reverse=True)
    best_t, best_cost = candidates[0], total_cost(y_true, scores, candidates[0], cost_fp, cost_fn)
    for t in candidates[1:]:
        cost = total_cost(y_true, scores, t, cost_fp, cost_fn)
        if cost < best_cost:  # strict, and from the top down: ties keep the higher threshold
            best_t, best_cost = t, cost
    return float(best_t)


def threshold_for_recall(y_true: np.ndarray, scores: np.ndarray, target: float) -> float:
    """The largest distinct score whose recall is at least target."""
    y, s = _validate(y_true, scores)
    if not 0 < target <= 1:
        raise ValueError(f"target must be in (0, 1], got {target}")
    n_pos = int(y.sum())
    if n_pos == 0:
        raise ValueError("no positive example: recall is undefined")
    # Recall can only grow as the threshold falls, so the first threshold from
    # the top that reaches the target is the largest one that does.
    for t in sorted(set(s.tolist()), reverse=True):
        if np.sum((s >= t) & (y == 1)) / n_pos >= target:
            return float(t)
    raise AssertionError("unreachable: the lowest score has recall 1")

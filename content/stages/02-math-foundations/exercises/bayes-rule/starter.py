def posterior(prior: float, sensitivity: float, specificity: float) -> float:
    """Return P(condition | positive test) by Bayes' rule.

    prior:       P(condition), before testing
    sensitivity: P(positive | condition)
    specificity: P(negative | no condition)

    Raises ValueError if an argument is outside [0, 1] or if a positive
    result is impossible under these inputs.
    """
    raise NotImplementedError("true positives divided by all positives")

def posterior(prior: float, sensitivity: float, specificity: float) -> float:
    """Return P(condition | positive test) by Bayes' rule.

    prior:       P(condition), before testing
    sensitivity: P(positive | condition)
    specificity: P(negative | no condition)

    Raises ValueError if an argument is outside [0, 1] or if a positive
    result is impossible under these inputs.
    """
    for name, value in (("prior", prior), ("sensitivity", sensitivity),
                        ("specificity", specificity)):
        if not 0.0 <= value <= 1.0:  # also rejects NaN, which fails every comparison
            raise ValueError(f"{name} must be a probability in [0, 1], got {value}")

    false_positive_rate = 1.0 - specificity       # P(+ | healthy)
    true_positives = sensitivity * prior          # P(+ and ill)
    false_positives = false_positive_rate * (1.0 - prior)  # P(+ and healthy)
    evidence = true_positives + false_positives   # P(+), the denominator of Bayes' rule
    if evidence == 0.0:
        raise ValueError("a positive result has probability 0 under these inputs")
    return true_positives / evidence

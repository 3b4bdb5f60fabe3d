import math
from collections import Counter


class MultinomialNaiveBayes:
    """Multinomial naive Bayes for tokenised documents, with add-alpha (Laplace) smoothing."""

    def __init__(self, alpha: float = 1.0) -> None:
        """Raises ValueError if alpha <= 0."""
        self.alpha = alpha

    def fit(self, docs: list[list[str]], labels: list[str]) -> "MultinomialNaiveBayes":
        """Learn log priors and smoothed log likelihoods; return self.

        Raises ValueError if docs and labels differ in length or are empty.
        """
        raise NotImplementedError("count documents per class and words per class")

    def predict_log_proba(self, doc: list[str]) -> dict[str, float]:
        """Posterior log-probabilities log P(c | doc) for every class; they exp-sum to 1.

        Words outside the training vocabulary are ignored.
        """
        raise NotImplementedError("sum log prior and log likelihoods, then normalise")

    def predict(self, doc: list[str]) -> str:
        """The most probable class; ties go to the class that sorts first."""
        raise NotImplementedError

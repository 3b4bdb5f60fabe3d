import math
from collections import Counter


class MultinomialNaiveBayes:
    """Multinomial naive Bayes for tokenised documents, with add-alpha (Laplace) smoothing."""

    def __init__(self, alpha: float = 1.0) -> None:
        if alpha <= 0:
            raise ValueError(f"alpha must be positive, got {alpha}")
        self.alpha = alpha

    def fit(self, docs: list[list[str]], labels: list[str]) -> "MultinomialNaiveBayes":
        """Learn log priors and smoothed log likelihoods; return self.

        Raises ValueError if docs and labels differ in length or are empty.
        """
        if len(docs) != len(labels):
            raise ValueError(f"{len(docs)} documents but {len(labels)} labels")
        if not docs:
            raise ValueError("need at least one training document")

        self.classes = sorted(set(labels))
        self.vocabulary = {word for doc in docs for word in doc}
        doc_counts = Counter(labels)
        word_counts = {c: Counter() for c in self.classes}
        for doc, label in zip(docs, labels):
            word_counts[label].update(doc)  # every occurrence counts (multinomial)

        n, v = len(docs), len(self.vocabulary)
        self.log_prior = {c: math.log(doc_counts[c] / n) for c in self.classes}
        self.log_likelihood: dict[str, dict[str, float]] = {}
        for c in self.classes:
            total = sum(word_counts[c].values())
            # Add alpha to every vocabulary word's count, so a word never seen in class c
            # gets a small probability instead of 0 (which would veto the class).
            denominator = total + self.alpha * v
            self.log_likelihood[c] = {
                w: math.log((word_counts[c][w] + self.alpha) / denominator) for w in self.vocabulary
            }
        return self

    def predict_log_proba(self, doc: list[str]) -> dict[str, float]:
        """Posterior log-probabilities log P(c | doc) for every class; they exp-sum to 1.

        Words outside the training vocabulary are ignored.
        """
        # Sum logs instead of multiplying probabilities: a product of hundreds of
        # small numbers underflows to 0.0, while the sum of their logs is fine.
        scores = {
            c: self.log_prior[c] + sum(self.log_likelihood[c][w] for w in doc if w in self.vocabulary)
            for c in self.classes
        }
        # Normalise with log-sum-exp: subtract the max before exponentiating so nothing underflows.
        top = max(scores.values())
        log_evidence = top + math.log(sum(math.exp(s - top) for s in scores.values()))
        return {c: s - log_evidence for c, s in scores.items()}

    def predict(self, doc: list[str]) -> str:
        """The most probable class; ties go to the class that sorts first."""
        log_proba = self.predict_log_proba(doc)
        # self.classes is sorted and max() keeps the first maximum, so ties go to the smallest label.
        return max(self.classes, key=lambda c: log_proba[c])

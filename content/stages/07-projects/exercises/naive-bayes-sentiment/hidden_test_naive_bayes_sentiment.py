# Hidden tests: a three-class corpus with unequal priors and alpha 0.5, checked against the formula
# computed here; ties between other labels, long documents, and a huge alpha with unequal priors.
import math
from collections import Counter

from naive_bayes_sentiment import MultinomialNaiveBayes

DOCS = [
    ["love", "it", "love"], ["works", "fine"], ["love", "fine", "price"],
    ["broken", "refund"], ["broken", "broken", "it"],
    ["ok", "price"],
]
LABELS = ["pos", "pos", "pos", "neg", "neg", "meh"]


def reference_log_proba(docs, labels, alpha, doc):
    vocab = {w for d in docs for w in d}
    classes = sorted(set(labels))
    scores = {}
    for c in classes:
        counts = Counter(w for d, l in zip(docs, labels) if l == c for w in d)
        total = sum(counts.values())
        s = math.log(labels.count(c) / len(labels))
        for w in doc:
            if w in vocab:
                s += math.log((counts[w] + alpha) / (total + alpha * len(vocab)))
        scores[c] = s
    log_z = math.log(sum(math.exp(s) for s in scores.values()))
    return {c: s - log_z for c, s in scores.items()}


def test_three_classes_match_the_formula():
    model = MultinomialNaiveBayes(alpha=0.5).fit(DOCS, LABELS)
    for doc in (["love", "price"], ["broken", "it", "it"], ["ok"], ["fine", "nonsense", "refund", "price"]):
        got = model.predict_log_proba(doc)
        want = reference_log_proba(DOCS, LABELS, 0.5, doc)
        assert set(got) == set(want), f"expected one entry per class {sorted(want)}, got {sorted(got)}"
        for c in want:
            assert math.isclose(got[c], want[c], rel_tol=1e-9, abs_tol=1e-12), (
                f"log P({c} | {doc}) with alpha 0.5 should be {want[c]:.6f}, got {got[c]}"
            )


def test_three_class_predictions_and_unequal_priors():
    model = MultinomialNaiveBayes().fit(DOCS, LABELS)
    assert model.predict(["love", "love"]) == "pos", "'love' only occurs in positive reviews"
    assert model.predict(["broken"]) == "neg", "'broken' only occurs in negative reviews"
    got = model.predict_log_proba(["unheard", "words"])
    want = {"pos": math.log(3 / 6), "neg": math.log(2 / 6), "meh": math.log(1 / 6)}
    for c in want:
        assert math.isclose(got[c], want[c], rel_tol=1e-9), (
            f"only unknown words: the posterior is the prior {c} = {math.exp(want[c]):.3f}, got {math.exp(got[c]):.3f}"
        )
    assert model.predict([]) == "pos", "with no words the class with the largest prior wins"


def test_ties_go_to_the_label_that_sorts_first():
    # Two classes with identical training documents: every document is an exact tie.
    model = MultinomialNaiveBayes().fit([["x", "y"], ["x", "y"]], ["zeta", "alpha"])
    for doc in ([], ["x", "x", "y"], ["q"]):
        got = model.predict(doc)
        assert got == "alpha", f"a tie goes to the first label in sorted order ('alpha'), got {got!r} for {doc}"


def test_very_long_document_stays_finite_and_normalised():
    model = MultinomialNaiveBayes(alpha=0.1).fit(DOCS, LABELS)
    doc = ["broken", "refund", "it", "price", "love"] * 1000
    got = model.predict_log_proba(doc)
    assert all(math.isfinite(v) for v in got.values()), f"5,000 words gave {got}; add logs instead of multiplying"
    total = sum(math.exp(v) for v in got.values())
    assert math.isclose(total, 1.0, rel_tol=1e-9), f"posterior probabilities should sum to 1, got {total}"
    assert model.predict(doc) == "neg", f"repeated 'broken refund' should make this negative, got {model.predict(doc)}"


def test_huge_alpha_leaves_unequal_priors():
    model = MultinomialNaiveBayes(alpha=1e10).fit(DOCS, LABELS)
    got = model.predict_log_proba(["love", "love", "broken"])
    for c, prior in {"pos": 0.5, "neg": 1 / 3, "meh": 1 / 6}.items():
        assert math.isclose(math.exp(got[c]), prior, rel_tol=1e-5), (
            f"a huge alpha makes words uninformative: P({c}) should be near the prior {prior:.4f}, got {math.exp(got[c])}"
        )


def test_other_invalid_arguments():
    for what, call in [
        ("alpha -0.5", lambda: MultinomialNaiveBayes(alpha=-0.5)),
        ("1 document and 2 labels", lambda: MultinomialNaiveBayes().fit([["a"]], ["pos", "neg"])),
    ]:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
    labels = list(LABELS)
    MultinomialNaiveBayes().fit([list(d) for d in DOCS], labels)
    assert labels == LABELS, "fit must not change the labels"

import math

from naive_bayes_sentiment import MultinomialNaiveBayes

DOCS = [["great", "fun", "film"], ["great", "acting"], ["boring", "film"], ["boring", "plot", "bad", "acting"]]
LABELS = ["pos", "pos", "neg", "neg"]


def trained(alpha: float = 1.0) -> MultinomialNaiveBayes:
    return MultinomialNaiveBayes(alpha=alpha).fit(DOCS, LABELS)


def test_hand_worked_log_probabilities():
    got = trained().predict_log_proba(["great", "plot"])
    assert set(got) == {"pos", "neg"}, f"expected one entry per class, got {sorted(got)}"
    assert math.isclose(got["pos"], math.log(169 / 265), rel_tol=1e-9), (
        f"P(pos | great plot) = (1/96) / (1/96 + 1/169) = 169/265; expected log ≈ -0.4498, got {got['pos']}"
    )
    assert math.isclose(got["neg"], math.log(96 / 265), rel_tol=1e-9), f"expected log(96/265) ≈ -1.0154, got {got['neg']}"


def test_predicts_the_more_probable_class():
    model = trained()
    assert model.predict(["great", "plot"]) == "pos", "1/96 > 1/169, so 'great plot' is positive"
    assert model.predict(["boring", "acting"]) == "neg", "'boring' only occurs in negative reviews"
    assert model.predict(["fun", "film"]) == "pos", "'fun' tips the balance to positive"


def test_empty_document_gets_the_priors():
    model = MultinomialNaiveBayes().fit([["a"], ["b"], ["c"]], ["pos", "pos", "neg"])
    got = model.predict_log_proba([])
    assert math.isclose(got["pos"], math.log(2 / 3)) and math.isclose(got["neg"], math.log(1 / 3)), (
        f"with no words the posterior is the prior, P(pos) = 2/3; got {({c: math.exp(v) for c, v in got.items()})}"
    )


def test_unknown_words_are_ignored():
    model = trained()
    with_unknown = model.predict_log_proba(["great", "zzz", "plot", "refund"])
    without = model.predict_log_proba(["great", "plot"])
    assert all(math.isclose(with_unknown[c], without[c]) for c in without), (
        "words outside the training vocabulary must not change the result"
    )


def test_repeated_words_count_every_time():
    model = trained()
    once = math.exp(model.predict_log_proba(["great"])["pos"])
    twice = math.exp(model.predict_log_proba(["great", "great"])["pos"])
    assert twice > once, f"multinomial NB counts repeats: P(pos) should grow from {once:.3f}, got {twice:.3f}"
    assert math.isclose(once, 39 / 51, rel_tol=1e-9), (
        f"P(pos | great) = (1/2 · 3/12) / (1/2 · 3/12 + 1/2 · 1/13) = 39/51 ≈ 0.765, got {once}"
    )


def test_smoothing_keeps_unseen_words_from_vetoing_a_class():
    got = trained().predict_log_proba(["bad", "great", "great", "fun"])
    assert all(math.isfinite(v) for v in got.values()), (
        f"'bad' never occurs in positive reviews, but smoothing keeps P(bad | pos) > 0; got {got}"
    )
    assert got["pos"] > got["neg"], "three positive words outweigh one unseen-in-positive word"


def test_long_documents_do_not_underflow():
    got = trained().predict_log_proba(["great", "fun", "boring", "film"] * 500)
    assert all(math.isfinite(v) for v in got.values()), f"2,000 words gave {got}; add logs instead of multiplying"
    total = sum(math.exp(v) for v in got.values())
    assert math.isclose(total, 1.0, rel_tol=1e-9), f"posterior probabilities should sum to 1, got {total}"


def test_ties_and_alpha():
    tie = trained().predict([])
    assert tie == "neg", f"equal priors and no words give a tie, which goes to the first class in sorted order, got {tie}"
    got = trained(alpha=1e9).predict_log_proba(["great", "great", "fun"])
    assert all(math.isclose(math.exp(v), 0.5, rel_tol=1e-6) for v in got.values()), (
        f"a huge alpha makes every word equally likely in each class, leaving the priors; got {got}"
    )


def test_invalid_arguments_raise_value_error():
    cases = [
        ("alpha 0", lambda: MultinomialNaiveBayes(alpha=0)),
        ("negative alpha", lambda: MultinomialNaiveBayes(alpha=-1.0)),
        ("2 documents and 1 label", lambda: MultinomialNaiveBayes().fit([["a"], ["b"]], ["pos"])),
        ("no documents", lambda: MultinomialNaiveBayes().fit([], [])),
    ]
    for what, call in cases:
        try:
            call()
        except ValueError:
            continue
        raise AssertionError(f"expected ValueError for {what}")
    docs = [list(d) for d in DOCS]
    MultinomialNaiveBayes().fit(docs, list(LABELS))
    assert docs == DOCS, "fit must not change the documents"

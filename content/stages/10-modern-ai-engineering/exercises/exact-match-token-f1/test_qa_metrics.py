import math

from qa_metrics import exact_match, normalize_answer, token_f1


def test_normalisation_steps():
    cases = {
        "The Shop pays.": "shop pays",
        "  The  Eiffel\tTower! ": "eiffel tower",
        "Don't panic": "dont panic",
        "self-driving cars": "selfdriving cars",
        "a theme, an anecdote": "theme anecdote",
        "The, end": "end",
    }
    for raw, want in cases.items():
        got = normalize_answer(raw)
        assert got == want, (
            f"normalize_answer({raw!r}) should be {want!r}, got {got!r}. Order: lower-case, delete "
            "punctuation, replace whole-word a/an/the with a space, collapse whitespace"
        )


def test_exact_match_ignores_case_punctuation_and_articles():
    assert exact_match("the shop", ["The shop."]) == 1.0, "'the shop' and 'The shop.' both normalise to 'shop'"
    assert exact_match("The shop pays.", ["the shop"]) == 0.0, "'shop pays' is not 'shop'"


def test_exact_match_takes_the_best_reference():
    assert exact_match("Paris", ["London", "paris", "Rome"]) == 1.0, "a match with any reference counts"
    assert exact_match("Lyon", ["London", "Paris"]) == 0.0


def test_token_f1_partial_credit():
    got = token_f1("The shop pays.", ["the shop"])
    assert math.isclose(got, 2 / 3), f"'shop pays' vs 'shop': P = 1/2, R = 1, F1 = 0.6667; got {got}"
    got = token_f1("a cat sat", ["cat", "cat sat down"])
    assert math.isclose(got, 0.8), f"the best of 0.6667 ('cat') and 0.8 ('cat sat down') is 0.8; got {got}"


def test_token_f1_counts_repeated_tokens_once_per_match():
    got = token_f1("paris paris", ["paris"])
    assert math.isclose(got, 2 / 3), (
        f"'paris paris' vs 'paris' shares c = 1 token (not 2): P = 1/2, R = 1, F1 = 0.6667; got {got}. "
        "Comparing sets of words gives 1.0"
    )
    got = token_f1("new york new york", ["new york new jersey"])
    assert math.isclose(got, 0.75), (
        f"shared tokens: new ×2, york ×1 → c = 3, P = R = 3/4, F1 = 0.75; got {got}. "
        "0.5 means repeated shared words were counted once (a set intersection)"
    )


def test_token_f1_no_overlap_and_empty_answers():
    assert token_f1("About a week", ["3 to 5 working days"]) == 0.0, "no shared token gives F1 = 0"
    assert token_f1("The.", ["the"]) == 1.0, "both normalise to no tokens: F1 = 1"
    assert token_f1("", ["Paris"]) == 0.0, "an empty prediction against a real answer scores 0"
    assert token_f1("Paris", ["a"]) == 0.0, "a real prediction against an empty reference scores 0"


def test_empty_references_raise_value_error():
    for metric in (exact_match, token_f1):
        try:
            metric("Paris", [])
        except ValueError:
            continue
        raise AssertionError(f"{metric.__name__} with no references should raise ValueError")

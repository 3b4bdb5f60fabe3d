# Hidden tests: other answers, same normalisation and F1, checked against values worked by hand.
import math

from qa_metrics import exact_match, normalize_answer, token_f1


def test_more_normalisation():
    assert normalize_answer("AN Apple a Day!!") == "apple day"
    assert normalize_answer("U.S. (United States)") == "us united states"
    assert normalize_answer("another theatre") == "another theatre"
    assert normalize_answer("...") == ""


def test_more_f1_values():
    # "denver broncos" vs "broncos": P = 1/2, R = 1
    assert math.isclose(token_f1("The Denver Broncos", ["Broncos"]), 2 / 3)
    # "1 2 2 3" vs "2 2 2 4": c = 2, P = 2/4, R = 2/4
    assert math.isclose(token_f1("1 2 2 3", ["2 2 2 4"]), 0.5)
    # "red green blue" vs "blue green red yellow": c = 3, P = 1, R = 3/4 -> 6/7
    assert math.isclose(token_f1("red, green, blue", ["Blue green red yellow"]), 6 / 7)
    assert math.isclose(token_f1("x", ["y", "x z", "x"]), 1.0)


def test_more_exact_matches():
    assert exact_match("The Beatles", ["beatles"]) == 1.0
    assert exact_match("Beatles!", ["The Rolling Stones", "the beatles."]) == 1.0
    assert exact_match("theme", ["the me"]) == 0.0

# Hidden tests: other sentences than the visible ones — several scopes in one text, quoted and
# upper-case negations, underscores, digits and symbols as separators, non-Latin words.
from negation_tokenizer import is_negation, tokenize_with_negation


def test_several_scopes_open_and_close():
    got = tokenize_with_negation("It wasn't cheap; it doesn't last: never again? Fine")
    want = ["it", "wasn't", "NOT_cheap", ";", "it", "doesn't", "NOT_last", ":", "never", "NOT_again", "?", "fine"]
    assert got == want, f"each negation opens a scope that the next punctuation mark closes: expected {want}, got {got}"


def test_upper_case_and_quoted_negations():
    got = tokenize_with_negation("NEVER Buy THIS. 'No' refunds")
    want = ["never", "NOT_buy", "NOT_this", ".", "no", "NOT_refunds"]
    assert got == want, (
        "lower-case first, and test a word for negation after stripping its outer apostrophes: "
        f"expected {want}, got {got}"
    )


def test_other_separators_do_not_close_the_scope():
    got = tokenize_with_negation("not_100% sure/happy — (really) \"at\" all\tnow\nok")
    want = ["not", "NOT_sure", "NOT_happy", "NOT_really", "NOT_at", "NOT_all", "NOT_now", "NOT_ok"]
    assert got == want, (
        "underscores, digits, %, /, dashes, brackets, quotes, tabs and newlines only separate words: "
        f"expected {want}, got {got}"
    )


def test_non_latin_words_and_leading_punctuation():
    got = tokenize_with_negation("!!Ça n'est pas mal, señor. Don't ÉVITER café")
    want = ["!", "!", "ça", "n'est", "pas", "mal", ",", "señor", ".", "don't", "NOT_éviter", "NOT_café"]
    assert got == want, f"letters of any alphabet are letters; 'n'est' does not end in n't. Expected {want}, got {got}"


def test_is_negation_on_other_words():
    for word in ("ain't", "wouldn't", "shouldn't", "haven't", "no"):
        assert is_negation(word), f"{word!r} is a negation"
    for word in ("nope", "now", "non", "snot", "isnt", "nowhere", "notable", "n"):
        assert not is_negation(word), f"{word!r} is not a negation (only not, no, never or words ending in n't)"


def test_text_of_only_punctuation_or_separators():
    assert tokenize_with_negation(".,;") == [".", ",", ";"], "each mark is a token of its own"
    assert tokenize_with_negation("  123 -- '' ") == [], "digits, dashes and lone apostrophes give no tokens"
    assert tokenize_with_negation("no") == ["no"], "a lone negation is not prefixed"

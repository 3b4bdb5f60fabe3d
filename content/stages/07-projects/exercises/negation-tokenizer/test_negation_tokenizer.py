from negation_tokenizer import is_negation, tokenize_with_negation


def test_text_without_negation_is_just_tokenized():
    got = tokenize_with_negation("Great battery, bright Screen!")
    assert got == ["great", "battery", ",", "bright", "screen", "!"], (
        f"lower-case words, with punctuation marks as tokens of their own; got {got}"
    )


def test_scope_runs_to_the_end_of_the_text():
    got = tokenize_with_negation("Not bad at all")
    assert got == ["not", "NOT_bad", "NOT_at", "NOT_all"], f"every word after 'not' is marked, got {got}"


def test_punctuation_closes_the_scope():
    got = tokenize_with_negation("The battery isn't great, but the screen is.")
    assert got == ["the", "battery", "isn't", "NOT_great", ",", "but", "the", "screen", "is", "."], (
        f"the comma ends the scope, so 'but the screen is' is not marked; got {got}"
    )
    for mark in ".,!?;:":
        got = tokenize_with_negation(f"no good{mark} fine")
        assert got == ["no", "NOT_good", mark, "fine"], f"{mark!r} should close the scope, got {got}"


def test_negation_words():
    for word in ("not", "no", "never", "don't", "isn't", "can't", "won't", "didn't"):
        assert is_negation(word), f"{word!r} is a negation"
    for word in ("nothing", "note", "know", "nobody", "knot", "on", "nt", "dont"):
        assert not is_negation(word), f"{word!r} is not one of the negations (only whole words, or words ending in n't)"


def test_contractions_open_a_scope():
    got = tokenize_with_negation("I don't love it. It works")
    assert got == ["i", "don't", "NOT_love", "NOT_it", ".", "it", "works"], f"got {got}"
    got = tokenize_with_negation("Nothing is wrong")
    assert got == ["nothing", "is", "wrong"], f"'nothing' is not a negation under these rules, got {got}"


def test_negations_are_never_prefixed():
    got = tokenize_with_negation("never never land")
    assert got == ["never", "never", "NOT_land"], (
        f"a negation inside a scope stays unprefixed and the scope continues; got {got}"
    )


def test_other_characters_only_separate():
    got = tokenize_with_negation("not well-made (5 stars) 'honestly'")
    assert got == ["not", "NOT_well", "NOT_made", "NOT_stars", "NOT_honestly"], (
        "hyphens, brackets, digits and quotes separate words but do not close the scope; "
        f"outer apostrophes are stripped. Got {got}"
    )


def test_repeated_punctuation_and_empty_text():
    got = tokenize_with_negation("No!! Wow")
    assert got == ["no", "!", "!", "wow"], f"each '!' is its own token, got {got}"
    assert tokenize_with_negation("") == [], "empty text gives no tokens"

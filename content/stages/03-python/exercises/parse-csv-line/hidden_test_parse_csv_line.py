# Hidden tests: randomly built lines whose fields are known in advance, single fields, lone commas
# and other malformed quotes, so a parser tuned to the visible lines cannot pass.
import csv
import random

from parse_csv_line import parse_csv_line


def encode(field: str, force_quotes: bool) -> str:
    """Write one field as CSV: quoted when needed (or asked), with inner quotes doubled."""
    if force_quotes or "," in field or field.startswith('"'):
        return '"' + field.replace('"', '""') + '"'
    return field


def expect_value_error(line: str, why: str) -> None:
    try:
        got = parse_csv_line(line)
    except ValueError:
        return
    raise AssertionError(f"expected ValueError for {line!r} ({why}), got {got!r}")


def test_random_lines_round_trip_to_their_fields():
    rng = random.Random(31)
    alphabet = 'ab1 ,"x'
    for _ in range(200):
        fields = [
            "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
            for _ in range(rng.randint(1, 6))
        ]
        line = ",".join(encode(f, rng.random() < 0.3) for f in fields)
        got = parse_csv_line(line)
        assert got == fields, f"for {line!r} expected {fields}, got {got}"


def test_other_valid_lines_agree_with_the_csv_module():
    for line in ['"x,y,z"', "solo", ",", ",,,", '"","",""', 'q"q,"a""b"', "-1.5,  2 ,3"]:
        expected = next(csv.reader([line]))
        got = parse_csv_line(line)
        assert got == expected, f"for {line!r} the csv module gives {expected}, got {got}"


def test_field_counts_follow_the_commas():
    for commas in range(6):
        line = "," * commas
        got = parse_csv_line(line)
        assert got == [""] * (commas + 1), (
            f"{commas} commas separate {commas + 1} empty fields, got {got} for {line!r}"
        )


def test_quote_after_the_first_character_is_literal():
    got = parse_csv_line('k,v"1",  "w"')
    assert got == ["k", 'v"1"', '  "w"'], (
        f"""expected ['k', 'v"1"', '  "w"'], got {got}; only a quote at a field's very start opens quotes"""
    )


def test_malformed_quotes_raise_value_error():
    expect_value_error('a,b,"', "a lone opening quote at the end is never closed")
    expect_value_error('"x""y', "the doubled quote is escaped, so the field never closes")
    expect_value_error('"ok",""z', "'z' follows the closing quote of an empty quoted field")
    expect_value_error('"a"b"', "'b' follows the closing quote")

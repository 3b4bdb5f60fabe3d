import csv

from parse_csv_line import parse_csv_line


def expect_value_error(line: str, why: str) -> None:
    try:
        got = parse_csv_line(line)
    except ValueError:
        return
    raise AssertionError(f"expected ValueError for {line!r} ({why}), got {got!r}")


def test_plain_fields_split_on_commas():
    got = parse_csv_line("id,name,score")
    assert got == ["id", "name", "score"], f"expected ['id', 'name', 'score'], got {got}"


def test_empty_fields_are_kept():
    for line, expected in [("a,,c", ["a", "", "c"]), (",a,", ["", "a", ""]), ("", [""])]:
        got = parse_csv_line(line)
        assert got == expected, (
            f"expected {expected} for {line!r}: every comma starts a field, even an empty one; "
            f"got {got}"
        )


def test_quoted_field_keeps_its_commas():
    got = parse_csv_line('42,"Smith, Ann",x')
    assert got == ["42", "Smith, Ann", "x"], (
        f"expected ['42', 'Smith, Ann', 'x'], got {got}; "
        "the comma inside quotes is part of the field"
    )


def test_doubled_quotes_become_one_quote():
    got = parse_csv_line('"said ""hi""",ok')
    assert got == ['said "hi"', "ok"], f"expected ['said \"hi\"', 'ok'], got {got}"


def test_quoted_empty_and_quote_only_fields():
    got = parse_csv_line('"",x')
    assert got == ["", "x"], f"a quoted empty field gives '': expected ['', 'x'], got {got}"
    got = parse_csv_line('""""')
    assert got == ['"'], (
        "four quotes in a row are a quoted field holding one escaped quote: "
        f"expected ['\"'], got {got}"
    )


def test_spaces_and_inner_quotes_are_literal():
    got = parse_csv_line(' x , "y",a "b" c')
    assert got == [" x ", ' "y"', 'a "b" c'], (
        f"""expected [' x ', ' "y"', 'a "b" c'], got {got}; """
        "nothing is trimmed, and only a quote at the very start of a field opens quotes"
    )


def test_agrees_with_the_csv_module_on_valid_lines():
    lines = [
        '42,"Smith, Ann","said ""hi""",',
        "plain,text,only",
        '"a","b","c"',
        '1,"2, 3",4,"",5',
        '"multi ""quoted"" text, with commas",end',
        'x,"""",y',
        "trailing space ,  lead",
        'inner"quote,"ok"',
    ]
    for line in lines:
        expected = next(csv.reader([line]))
        got = parse_csv_line(line)
        assert got == expected, f"for {line!r} the csv module gives {expected}, got {got}"


def test_unclosed_quote_raises_value_error():
    expect_value_error('"abc', "the quoted field is never closed")
    expect_value_error('a,"b,c', "the quoted field is never closed")
    expect_value_error(
        '"ends with escaped quote""', "the last quote pair is an escaped quote, not a closing one"
    )


def test_text_after_closing_quote_raises_value_error():
    expect_value_error('"ab"c,d', "'c' follows the closing quote")
    expect_value_error('x,"y" ,z', "a space follows the closing quote")

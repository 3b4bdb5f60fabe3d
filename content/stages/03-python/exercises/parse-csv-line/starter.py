def parse_csv_line(line: str) -> list[str]:
    """Split one CSV line into its fields, honouring double quotes.

    A field starting with '"' is quoted: commas inside it are literal and
    '""' stands for one '"'. Raises ValueError for an unclosed quoted field
    or for characters between a closing quote and the next comma.
    """
    raise NotImplementedError("walk the line character by character; split(',') is not enough")

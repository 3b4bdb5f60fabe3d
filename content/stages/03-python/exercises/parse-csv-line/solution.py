def parse_csv_line(line: str) -> list[str]:
    """Split one CSV line into its fields, honouring double quotes.

    A field starting with '"' is quoted: commas inside it are literal and
    '""' stands for one '"'. Raises ValueError for an unclosed quoted field
    or for characters between a closing quote and the next comma.
    """
    fields: list[str] = []
    i, n = 0, len(line)
    while True:  # one iteration per field; i is where the field starts
        if i < n and line[i] == '"':
            i += 1  # step past the opening quote
            chars: list[str] = []
            while True:
                if i >= n:
                    raise ValueError("quoted field is never closed")
                if line[i] == '"':
                    # A quote inside a quoted field is either half of an escaped
                    # pair ('""' -> '"') or the closing quote; the next character tells.
                    if i + 1 < n and line[i + 1] == '"':
                        chars.append('"')
                        i += 2
                        continue
                    i += 1  # the closing quote
                    break
                chars.append(line[i])
                i += 1
            if i < n and line[i] != ",":
                raise ValueError(f"unexpected {line[i]!r} after a closing quote at position {i}")
            fields.append("".join(chars))
        else:
            # Unquoted: everything up to the next comma, quotes included.
            end = line.find(",", i)
            if end == -1:
                end = n
            fields.append(line[i:end])
            i = end
        if i >= n:  # no comma after this field: it was the last one
            return fields
        i += 1  # skip the comma; a comma always starts one more field, maybe empty

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One RFC 4180 field: quoted (inner quotes doubled) only when it holds a comma, quote, newline or edge space. */
export function csvField(value: string | number): string {
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line, without its line end. */
export function csvLine(fields: readonly (string | number)[]): string {
  return fields.map(csvField).join(",");
}

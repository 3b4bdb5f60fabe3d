/** `text` as one word for a POSIX shell: single quotes, each `'` inside written as `'\''`. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}

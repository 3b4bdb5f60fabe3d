/**
 * A count with its noun in the right number: "1 topic", "3 topics", "0 topics". `plural` is for
 * nouns that do not just add an s ("1 quiz", "2 quizzes").
 */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString("en")} ${n === 1 ? singular : plural}`;
}

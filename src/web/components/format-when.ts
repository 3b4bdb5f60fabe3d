/** A moment as people read it here: "4 Dec 2026, 09:30" in the reader's own language and zone. */
export const formatWhen = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

import { randomUUID } from "node:crypto";

/**
 * An id that sorts in the order this process made them (the clock's nanoseconds first) and is
 * unique across instances (a UUID after): rows made in the same millisecond still list in the
 * order they happened when sorted by time, then id.
 */
export const orderedId = (): string => `${process.hrtime.bigint().toString().padStart(20, "0")}-${randomUUID()}`;

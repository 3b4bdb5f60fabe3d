/** The q-quantile (0–1) of `samples`, by the nearest-rank method. */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** `12.3` — milliseconds with one decimal. */
export const ms = (value: number): string => value.toFixed(1);

/** Times an async action in milliseconds. */
export async function timed<T>(action: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await action();
  return { value, ms: performance.now() - started };
}

/**
 * Times each variant `repeats` times, taking turns (A, B, A, B, …) after one warm-up each, so
 * a change in the machine's load hits all of them alike. Returns each variant's samples in ms.
 */
export async function alternate(
  variants: readonly (readonly [string, () => unknown])[],
  repeats: number,
): Promise<Map<string, number[]>> {
  const samples = new Map(variants.map(([name]) => [name, [] as number[]]));
  for (const [, run] of variants) await run();
  for (let i = 0; i < repeats; i += 1) {
    for (const [name, run] of variants) samples.get(name)?.push((await timed(async () => run())).ms);
  }
  return samples;
}

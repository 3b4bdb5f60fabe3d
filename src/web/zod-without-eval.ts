/**
 * Zod checks once whether it may compile validators with `new Function`. Stepwise's Content
 * Security Policy allows no eval, so the check is refused and the browser reports a policy
 * violation on every page that loads a schema. Zod reads this global config object when it loads
 * (what `z.config({ jitless: true })` sets): setting it first, without importing Zod into the first
 * page's script, skips the check. Zod validates the same way without it.
 */
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
scope.__zod_globalConfig = { ...scope.__zod_globalConfig, jitless: true };

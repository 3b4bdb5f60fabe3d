import { createHash } from "node:crypto";

/**
 * The `'sha256-…'` sources of a page's inline scripts: the theme script in index.html runs before
 * the first paint (so dark-mode users see no white flash) and is allowed by its hash, not by
 * `'unsafe-inline'`, which would let an injected script run too.
 */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    (match) =>
      `'sha256-${createHash("sha256")
        .update(match[1] ?? "")
        .digest("base64")}'`,
  );
}

export interface PolicyInputs {
  /** From {@link inlineScriptHashes} of the built index.html. */
  readonly inlineScriptHashes: readonly string[];
  /** Where the browser fetches Python packages (numpy and friends), when that is another site. */
  readonly packageIndexUrl: string;
}

/**
 * The app's Content Security Policy. Scripts come only from Stepwise itself (plus the theme script by
 * hash); `'wasm-unsafe-eval'` lets Pyodide compile WebAssembly without allowing `eval` of strings.
 * Styles may be inline: KaTeX positions math with `style` attributes, and CodeMirror and the API
 * explorer add `<style>` elements at run time. A style cannot run script, and the usual use of an
 * injected one — reading a page through `url(…)` requests — finds images, fonts and connections
 * limited to Stepwise itself. Nothing may frame a page, and forms and `<base>` cannot send anything elsewhere.
 */
export function appPolicy({ inlineScriptHashes: hashes, packageIndexUrl }: PolicyInputs): string {
  const packages = /^https?:\/\//.test(packageIndexUrl) ? new URL(packageIndexUrl).origin : "";
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${packages}`.trim(),
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * A published portfolio (/u/<handle>/) is a static page written by the learner's own export: its
 * styles are inline in the page and it has no script at all, so none may run.
 */
export const PUBLIC_PROFILE_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

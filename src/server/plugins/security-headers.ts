import fp from "fastify-plugin";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { appPolicy, inlineScriptHashes, PUBLIC_PROFILE_POLICY } from "../security/content-security-policy.js";

const HEADERS = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  // frame-ancestors says the same to browsers that read CSP; this is for those that do not.
  "X-Frame-Options": "DENY",
} as const;

/**
 * What a JSON answer needs: never sniffed as something else, framed or read by another site. It is
 * never a page, so isolation and referrer rules do nothing for it, and a policy that allows
 * nothing at all (OWASP's advice for APIs) is stricter than the app's and a tenth of its length.
 * On model serving these headers are a good part of each answer's cost.
 */
const JSON_HEADERS = {
  "Cross-Origin-Resource-Policy": "same-origin",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
} as const;

/** A year, and subdomains too: once a browser has seen Stepwise on HTTPS it never tries plain HTTP. */
const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Every response's security headers. Cross-origin isolation (COOP + COEP) lets the browser share
 * memory with the Python worker, which is how Stop interrupts a running program without killing
 * the worker. The Content Security Policy keeps injected scripts from running (see
 * content-security-policy.ts); HSTS is sent only when the public address is HTTPS.
 */
export const securityHeadersPlugin = fp(
  async (app) => {
    const indexPath = join(app.config.webDir, "index.html");
    const hashes = existsSync(indexPath) ? inlineScriptHashes(readFileSync(indexPath, "utf8")) : [];
    const hsts = app.config.multiUser?.publicUrl.startsWith("https://") ? { "Strict-Transport-Security": HSTS } : {};
    const appHeaders = {
      ...HEADERS,
      "Content-Security-Policy": appPolicy({ inlineScriptHashes: hashes, packageIndexUrl: app.config.pyodidePackagesUrl }),
      ...hsts,
    };
    const profileHeaders = { ...appHeaders, "Content-Security-Policy": PUBLIC_PROFILE_POLICY };
    const jsonHeaders = { ...JSON_HEADERS, ...hsts };
    // Set in one call, in a callback-style hook: it runs on every response, model predictions included.
    app.addHook("onSend", (request, reply, payload, done) => {
      const type = reply.getHeader("content-type");
      const json = typeof type === "string" && type.startsWith("application/json");
      reply.headers(json ? jsonHeaders : request.url.startsWith("/u/") ? profileHeaders : appHeaders);
      done(null, payload);
    });
  },
  { name: "security-headers" },
);

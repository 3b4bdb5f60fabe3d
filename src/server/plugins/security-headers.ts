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
    const appHeaders = {
      ...HEADERS,
      "Content-Security-Policy": appPolicy({ inlineScriptHashes: hashes, packageIndexUrl: app.config.pyodidePackagesUrl }),
      ...(app.config.multiUser?.publicUrl.startsWith("https://") ? { "Strict-Transport-Security": HSTS } : {}),
    };
    const profileHeaders = { ...appHeaders, "Content-Security-Policy": PUBLIC_PROFILE_POLICY };
    // Set in one call, in a callback-style hook: it runs on every response, model predictions included.
    app.addHook("onSend", (request, reply, payload, done) => {
      reply.headers(request.url.startsWith("/u/") ? profileHeaders : appHeaders);
      done(null, payload);
    });
  },
  { name: "security-headers" },
);

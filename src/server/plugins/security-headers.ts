import fp from "fastify-plugin";

const HEADERS = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
} as const;

/**
 * Cross-origin isolation (COOP + COEP) lets the browser share memory with the Python worker,
 * which is how Stop interrupts a running program without killing the worker.
 */
export const securityHeadersPlugin = fp(
  async (app) => {
    // Set in one call, in a callback-style hook: it runs on every response, model predictions included.
    app.addHook("onSend", (_request, reply, payload, done) => {
      reply.headers(HEADERS);
      done(null, payload);
    });
  },
  { name: "security-headers" },
);

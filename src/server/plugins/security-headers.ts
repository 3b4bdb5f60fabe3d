import fp from "fastify-plugin";

/**
 * Cross-origin isolation (COOP + COEP) lets the browser share memory with the Python worker,
 * which is how Stop interrupts a running program without killing the worker.
 */
export const securityHeadersPlugin = fp(
  async (app) => {
    app.addHook("onSend", async (_request, reply) => {
      reply.header("Cross-Origin-Opener-Policy", "same-origin");
      reply.header("Cross-Origin-Embedder-Policy", "require-corp");
      reply.header("Cross-Origin-Resource-Policy", "same-origin");
      reply.header("X-Content-Type-Options", "nosniff");
      reply.header("Referrer-Policy", "no-referrer");
    });
  },
  { name: "security-headers" },
);

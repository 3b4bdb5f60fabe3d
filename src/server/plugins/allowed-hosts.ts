import fp from "fastify-plugin";

/**
 * The host name of a `Host` header, lower case, without its port: `[::1]:3000` → `[::1]`.
 * Null when the header is missing or malformed.
 */
export function hostNameOf(hostHeader: string | undefined): string | null {
  if (!hostHeader) return null;
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/i.exec(hostHeader.trim());
  return match?.[1] ? match[1].toLowerCase() : null;
}

/**
 * Refuses requests addressed to a host name this server does not answer to. A hostile web page
 * can re-point its own domain at 127.0.0.1 (DNS rebinding); the browser then treats Stepwise as
 * that page's origin, but still sends the page's name in `Host`, which is how we tell.
 */
export const allowedHostsPlugin = fp(
  async (app) => {
    const allowed = new Set(app.config.allowedHosts);
    // Callback style, not async: it runs on every request, and an async hook costs a promise each time.
    app.addHook("onRequest", (request, reply, done) => {
      const name = hostNameOf(request.headers.host);
      if (name !== null && allowed.has(name)) return done();
      const asked = request.headers.host ? `"${request.headers.host}"` : "no host";
      reply.code(403).send({
        statusCode: 403,
        error: "Forbidden",
        message:
          `This Stepwise server does not answer requests for ${asked}; it answers for ${[...allowed].join(", ")}. ` +
          "If you reach it under another name, add that name to STEPWISE_ALLOWED_HOSTS (comma-separated) and restart it.",
      });
    });
  },
  { name: "allowed-hosts" },
);

import fp from "fastify-plugin";

/** Methods that only read; every other method may change state or run code. */
const READ_ONLY_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/**
 * The content types a cross-site page may POST without asking first (an HTML form or a "simple"
 * fetch): the browser sends such a request without a CORS preflight, so the server must refuse it.
 */
const NO_PREFLIGHT_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"]);

/** `host:port` of an `Origin` header, or null for "null" and anything unreadable. */
function hostOfOrigin(origin: string): string | null {
  if (origin === "null") return null;
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Why a state-changing request must be refused as coming from another site, or null. Browsers say
 * where a request comes from in `Sec-Fetch-Site` and `Origin`; tools such as curl send neither.
 */
export function crossSiteRefusal(headers: {
  readonly host?: string | undefined;
  readonly origin?: string | undefined;
  readonly "sec-fetch-site"?: string | string[] | undefined;
}): string | null {
  const site = headers["sec-fetch-site"];
  // "same-site" is refused too: another port on localhost is the same site but not the same program.
  if (site !== undefined && site !== "same-origin" && site !== "none") {
    return `The browser marked this request as coming from another site (Sec-Fetch-Site: ${String(site)}); Stepwise only accepts changes made from its own pages.`;
  }
  const origin = headers.origin;
  if (origin === undefined) return null;
  const originHost = hostOfOrigin(origin);
  if (originHost === null || originHost !== headers.host?.toLowerCase()) {
    return `This request comes from ${origin}, not from Stepwise's own pages at ${headers.host ?? "this server"}, so it was refused. Behind a reverse proxy, pass the original Host header through.`;
  }
  return null;
}

/**
 * Why a POST must be refused for its content type, or null. Every POST carries JSON (or a file
 * of a type a form cannot send), so a cross-site form or simple fetch can never reach a route. A
 * multipart upload is let through with an `X-Requested-With` header, which no form can add and
 * a cross-site script cannot send without a preflight.
 */
export function contentTypeRefusal(method: string, contentType: string | undefined, requestedWith: boolean): string | null {
  // PUT, PATCH and DELETE always need a preflight a cross-site page cannot pass; only POST can sneak through.
  if (method !== "POST") return null;
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase();
  if (mediaType && !NO_PREFLIGHT_TYPES.has(mediaType)) return null;
  if (mediaType === "multipart/form-data" && requestedWith) return null;
  if (mediaType === "multipart/form-data") {
    return "A multipart upload needs an X-Requested-With header (any value), e.g. curl -H 'X-Requested-With: curl' -F file=@model.onnx …; or send the file itself with Content-Type: application/octet-stream.";
  }
  return mediaType
    ? `Stepwise does not accept ${mediaType} here. Send JSON with Content-Type: application/json (a project submission is the CSV file with Content-Type: text/csv).`
    : "This request has no body. Send JSON with Content-Type: application/json — {} when there is nothing to say.";
}

/**
 * Requests that change state or run code must come from Stepwise's own pages or from a tool,
 * never from another site the learner happens to have open.
 */
export const crossSiteRequestsPlugin = fp(
  async (app) => {
    // Callback style, not async: it runs on every request, model predictions included, and an async hook costs a promise each time.
    app.addHook("onRequest", (request, reply, done) => {
      if (READ_ONLY_METHODS.has(request.method)) return done();
      const crossSite = crossSiteRefusal(request.headers);
      if (crossSite) return void reply.code(403).send({ statusCode: 403, error: "Forbidden", message: crossSite });
      const contentType = contentTypeRefusal(
        request.method,
        request.headers["content-type"],
        "x-requested-with" in request.headers,
      );
      if (contentType) {
        return void reply.code(415).send({ statusCode: 415, error: "Unsupported Media Type", message: contentType });
      }
      done();
    });
  },
  { name: "cross-site-requests", dependencies: ["allowed-hosts"] },
);

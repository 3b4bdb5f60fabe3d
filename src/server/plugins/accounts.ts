import fp from "fastify-plugin";
import type { FastifyReply, FastifyRequest } from "fastify";
import { fromNodeHeaders } from "better-auth/node";
import { AUTH_BASE_PATH, createAuth, type Auth } from "../../core/accounts/auth.js";
import { fileMailSender, type MailSender } from "../../core/accounts/mail-sender.js";
import { smtpMailSender } from "../../core/accounts/smtp-mail-sender.js";
import { needsSignIn } from "../accounts/protected-paths.js";
import { checkToken } from "../accounts/token-auth.js";
import { isAreaOpen } from "../../core/db/public-areas.repository.js";
import type { MultiUserConfig } from "../../core/config.js";
import type { UserRole } from "../../core/db/users.table.js";

declare module "fastify" {
  interface FastifyInstance {
    /** Multi-user mode's sign-in library; absent in local mode. */
    readonly auth?: Auth;
    /** Where multi-user mode's mail goes (verification, reset, invitations); absent in local mode. */
    readonly mail?: MailSender;
  }
}

const unauthorized = (reply: FastifyReply, message: string) =>
  reply.code(401).send({ statusCode: 401, error: "Unauthorized", message });

/** The request as the sign-in library reads it: a WHATWG Request, with the client's address from Fastify. */
function toWebRequest(request: FastifyRequest, publicUrl: string): Request {
  const headers = fromNodeHeaders(request.headers);
  headers.set("x-stepwise-client-ip", request.ip);
  const hasBody = request.method !== "GET" && request.method !== "HEAD" && request.body !== undefined;
  return new Request(new URL(request.url, publicUrl), {
    method: request.method,
    headers,
    ...(hasBody ? { body: typeof request.body === "string" ? request.body : JSON.stringify(request.body) } : {}),
  });
}

/**
 * Multi-user mode: people sign in (better-auth, `/api/auth/*`), and every request that reads or
 * changes someone's data acts as the account its session belongs to (`request.learner`).
 * Anonymous callers get 401 (but on the read-only routes of an area an administrator has opened
 * to visitors); so does a session past its absolute lifetime, or of a disabled account.
 */
export const accountsPlugin = fp<{ settings: MultiUserConfig }>(
  async (app, { settings }) => {
    const mail = settings.smtpUrl
      ? smtpMailSender(settings.smtpUrl, settings.mailFrom ?? "Stepwise", (message) => app.log.error(message))
      : fileMailSender(app.config.dataDir, (message) => app.log.info(message));
    const auth = createAuth({
      db: app.db,
      dialect: app.dialect,
      settings,
      mail,
      log: (level, message) => app.log[level](message),
    });
    app.decorate("auth", auth);
    app.decorate("mail", mail);
    app.decorateRequest("learner", null as never);

    app.route({
      method: ["GET", "POST"],
      url: `${AUTH_BASE_PATH}/*`,
      schema: { hide: true },
      handler: async (request, reply) => {
        const response = await auth.handler(toWebRequest(request, settings.publicUrl));
        reply.code(response.status);
        response.headers.forEach((value, name) => {
          if (name !== "set-cookie") reply.header(name, value);
        });
        const cookies = response.headers.getSetCookie();
        if (cookies.length > 0) reply.header("set-cookie", cookies);
        return reply.send(response.body ? Buffer.from(await response.arrayBuffer()) : null);
      },
    });

    app.addHook("onRequest", async (request, reply) => {
      const found = await auth.api.getSession({ headers: fromNodeHeaders(request.headers) }).catch(() => null);
      if (found) {
        const { session, user } = found;
        const startedAt = new Date(session.createdAt).getTime();
        if (user.disabled || Date.now() - startedAt > settings.sessionMaxSeconds * 1000) {
          // Ended here and now, not merely refused: the cookie is useless from this moment.
          await app.db.deleteFrom("auth_sessions").where("id", "=", session.id).execute();
          if (needsSignIn(request.url))
            return unauthorized(
              reply,
              user.disabled
                ? "This account has been disabled; ask your instructor or administrator."
                : `Your session ended ${Math.round(settings.sessionMaxSeconds / 86_400)} days after you signed in. Sign in again.`,
            );
          return;
        }
        request.learner = { id: user.id, role: user.role as UserRole, sessionId: session.id };
        return;
      }
      const token = await checkToken(app.db, request, new Date());
      if (token.kind === "accepted") {
        request.learner = { id: token.userId, role: token.role };
        return;
      }
      if (token.kind === "refused")
        return reply
          .code(token.status)
          .send({ statusCode: token.status, error: token.status === 401 ? "Unauthorized" : "Forbidden", message: token.message });
      if (!needsSignIn(request.url)) return;
      // A visitor may read what an administrator has opened to everyone (read on each request, so every instance agrees).
      const area = request.routeOptions.config.publicArea;
      if (area && (request.method === "GET" || request.method === "HEAD") && (await isAreaOpen(app.db, area))) return;
      return unauthorized(reply, "Sign in first: this Stepwise is shared, and this needs your account.");
    });
  },
  { name: "accounts", dependencies: ["database"] },
);

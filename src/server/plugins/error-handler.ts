import { STATUS_CODES } from "node:http";
import type { FastifyError, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";

/** The one shape of every error the API returns. */
export interface ApiError {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
}

/**
 * What a failed request's log line says of it, as requests get no logger of their own (see
 * app.ts): the method and the route's pattern, not the URL, which may carry an invitation's code.
 */
export function requestLine(request: FastifyRequest): { readonly method: string; readonly route: string } {
  return { method: request.method, route: request.routeOptions.url ?? "(no route)" };
}

function validationMessage(error: FastifyError & { validation: { instancePath: string; message?: string }[] }): string {
  const first = error.validation[0];
  const where = [error.validationContext ?? "request", ...(first?.instancePath.split("/").filter(Boolean) ?? [])].join(".");
  return `${where}: ${first?.message ?? "is invalid"}`;
}

/** Fastify's own messages for bad bodies, rewritten to say what to send instead. */
function friendlierMessage(error: FastifyError): string {
  if (error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || error instanceof SyntaxError)
    return `The request body is not valid JSON: ${error.message}`;
  if (error.code === "FST_ERR_CTP_EMPTY_JSON_BODY") return "The JSON body is empty. Send {} when there is nothing to say.";
  if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
    return `${error.message}. Send JSON (Content-Type: application/json); a project submission is the CSV file itself (Content-Type: text/csv).`;
  }
  if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE")
    return "The request body is larger than this endpoint accepts. Send a smaller file.";
  return error.message;
}

/**
 * Turns every failure into a JSON `{statusCode, error, message}`: bad input is a 400 that names
 * the field and the fix; anything unexpected is logged and answered with a 500 that leaks nothing.
 */
export const errorHandlerPlugin = fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (hasZodFastifySchemaValidationErrors(error)) {
        return reply.code(400).send({ statusCode: 400, error: "Bad Request", message: validationMessage(error) });
      }
      if (isResponseSerializationError(error)) {
        request.log.error(
          { err: error, issues: error.cause.issues, ...requestLine(request) },
          "response does not match its schema",
        );
        return reply.code(500).send({
          statusCode: 500,
          error: "Internal Server Error",
          message: "The server built an invalid response; this is a bug — please report it.",
        });
      }
      const status = error.statusCode ?? 500;
      if (status >= 500) {
        request.log.error({ err: error, ...requestLine(request) }, "request failed");
        return reply.code(500).send({
          statusCode: 500,
          error: "Internal Server Error",
          message: "Something went wrong on the server; the error has been logged.",
        });
      }
      const message = friendlierMessage(error);
      return reply.code(status).send({ statusCode: status, error: STATUS_CODES[status] ?? "Error", message });
    });
  },
  { name: "error-handler" },
);

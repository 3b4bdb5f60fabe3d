import { LogController, type FastifyBaseLogger, type FastifyServerOptions } from "fastify";

/** Where log lines go: standard output unless a test catches them. */
interface LogDestination {
  write(line: string): void;
}

/**
 * How the server logs. One line per request drowns what matters on a laptop, so those come only
 * with LOG_LEVEL=debug or trace. A request's id only ties its own lines together: without them, the
 * child logger that stamps it would cost every request (a tenth of a model prediction's time), so
 * requests log through the server's logger and errors say their method and route instead (see
 * plugins/error-handler.ts).
 */
export function serverLogging(
  logLevel: string,
  destination?: LogDestination,
): Pick<FastifyServerOptions, "logger" | "logController" | "childLoggerFactory"> {
  const requestLogging = ["debug", "trace"].includes(logLevel);
  return {
    logger: { level: logLevel, ...(destination ? { stream: destination } : {}) },
    logController: new LogController({ disableRequestLogging: !requestLogging }),
    ...(requestLogging ? {} : { childLoggerFactory: (logger: FastifyBaseLogger) => logger }),
  };
}

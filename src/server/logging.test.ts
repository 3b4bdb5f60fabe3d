import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { errorHandlerPlugin } from "./plugins/error-handler.js";
import { serverLogging } from "./logging.js";

/** A server with Stepwise's logging and error handling, one route that fails, and its log lines. */
async function failingServer(logLevel: string) {
  const lines: Record<string, unknown>[] = [];
  const app = Fastify(serverLogging(logLevel, { write: (line) => void lines.push(JSON.parse(line) as Record<string, unknown>) }));
  await app.register(errorHandlerPlugin);
  app.get("/boom/:code", async () => {
    throw new Error("the disk is full");
  });
  app.get("/fine", async () => ({ ok: true }));
  return { app, lines };
}

describe("server logging", () => {
  it("logs a failed request with its method and route, not its URL, and nothing for requests that succeed", async () => {
    const { app, lines } = await failingServer("info");
    expect((await app.inject({ url: "/fine" })).statusCode).toBe(200);
    const failed = await app.inject({ url: "/boom/secret-invitation?token=abc" });
    expect(failed.statusCode).toBe(500);
    expect(failed.json()).toEqual(expect.objectContaining({ message: expect.stringContaining("has been logged") }));
    await app.close();
    expect(lines).toHaveLength(1);
    const line = lines[0];
    expect(line).toEqual(expect.objectContaining({ level: 50, msg: "request failed", method: "GET", route: "/boom/:code" }));
    expect((line?.err as { message?: string }).message).toBe("the disk is full");
    expect(JSON.stringify(line)).not.toMatch(/secret-invitation|token=abc/);
  });

  it("logs every request with its id at debug level, and errors carry the same id", async () => {
    const { app, lines } = await failingServer("debug");
    await app.inject({ url: "/boom/1" });
    await app.close();
    const ids = new Set(lines.filter((line) => line.reqId !== undefined).map((line) => line.reqId));
    expect(lines.map((line) => line.msg)).toEqual(
      expect.arrayContaining(["incoming request", "request failed", "request completed"]),
    );
    expect(ids.size).toBe(1);
    expect(lines.find((line) => line.msg === "request failed")?.reqId).toBeDefined();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProjectResponse, TopicResponse } from "../../shared/api/index.js";
import { startTestServer, type TestServer } from "../test-support/test-dialects.js";

describe("cross-site requests", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("sqlite");
  });
  afterAll(() => server.destroy());

  const host = "localhost:3000";
  const finish = (headers: Record<string, string>, payload?: string) =>
    server.app.inject({
      method: "POST",
      url: "/api/projects/sp500-forecast/finish",
      headers: { host, ...headers },
      ...(payload === undefined ? {} : { payload }),
    });
  const closed = async () =>
    (await server.app.inject({ method: "GET", url: "/api/projects/sp500-forecast", headers: { host } })).json<ProjectResponse>()
      .closed;
  const setStatus = (headers: Record<string, string>) =>
    server.app.inject({
      method: "PUT",
      url: "/api/progress/topics/calculus",
      headers: { host, "content-type": "application/json", ...headers },
      payload: JSON.stringify({ status: "done" }),
    });
  const status = async () =>
    (await server.app.inject({ method: "GET", url: "/api/topics/calculus", headers: { host } })).json<TopicResponse>().status;

  it("refuses a form-style POST from another origin, and the competition stays open", async () => {
    const response = await finish({ origin: "https://evil.example", "content-type": "text/plain" }, "x");
    expect(response.statusCode).toBe(403);
    expect(response.json<{ message: string }>().message).toMatch(/comes from https:\/\/evil\.example/);
    expect(await closed()).toBe(false);
  });

  it("refuses what the browser marks as cross-site or same-site, whatever the body", async () => {
    for (const site of ["cross-site", "same-site"]) {
      const response = await setStatus({ "sec-fetch-site": site });
      expect(response.statusCode).toBe(403);
      expect(response.json<{ message: string }>().message).toMatch(new RegExp(`Sec-Fetch-Site: ${site}`));
    }
    expect(await status()).toBe("todo");
  });

  it("refuses another port on the same machine, and an opaque origin", async () => {
    expect((await setStatus({ origin: "http://localhost:8080" })).statusCode).toBe(403);
    expect((await setStatus({ origin: "null" })).statusCode).toBe(403);
    expect(await status()).toBe("todo");
  });

  it.each([
    ["no body", {}, undefined, /has no body.*\{\}/],
    ["text/plain", { "content-type": "text/plain" }, "{}", /does not accept text\/plain/],
    [
      "a form",
      { "content-type": "application/x-www-form-urlencoded" },
      "a=1",
      /does not accept application\/x-www-form-urlencoded/,
    ],
    [
      "multipart",
      { "content-type": "multipart/form-data; boundary=x" },
      "--x--",
      /multipart upload needs an X-Requested-With header/,
    ],
  ])("answers a POST with %s by 415 and changes nothing, even without an Origin", async (_, headers, payload, message) => {
    const response = await finish(headers, payload);
    expect(response.statusCode).toBe(415);
    expect(response.json<{ message: string }>().message).toMatch(message);
    expect(await closed()).toBe(false);
  });

  it("asks for {} when a JSON body is empty", async () => {
    const response = await finish({ "content-type": "application/json" });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ message: string }>().message).toMatch(/Send \{\}/);
  });

  it("accepts changes from its own pages and from tools that send no Origin", async () => {
    expect((await setStatus({ origin: "http://localhost:3000", "sec-fetch-site": "same-origin" })).statusCode).toBe(200);
    expect(await status()).toBe("done");
    expect((await finish({ "content-type": "application/json" }, "{}")).statusCode).toBe(200);
    expect(await closed()).toBe(true);
  });
});

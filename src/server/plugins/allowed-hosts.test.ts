import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../core/project-root.js";
import { ConfigError, loadConfig } from "../../core/config.js";
import { startTestServer, type TestServer } from "../test-support/test-dialects.js";
import { hostNameOf } from "./allowed-hosts.js";

describe("hostNameOf", () => {
  it.each([
    ["localhost:3000", "localhost"],
    ["LOCALHOST", "localhost"],
    ["127.0.0.1:3000", "127.0.0.1"],
    ["[::1]:3000", "[::1]"],
    ["[::1]", "[::1]"],
  ])("reads %j as %j", (header, name) => expect(hostNameOf(header)).toBe(name));

  it.each([undefined, "", "::1", "a:b:c", "localhost:port", "[::1]x"])("finds no host name in %j", (header) =>
    expect(hostNameOf(header)).toBeNull(),
  );
});

describe("STEPWISE_ALLOWED_HOSTS", () => {
  it("allows the loopback names by default, and the listening address when it is a specific one", () => {
    expect(loadConfig({}, PROJECT_ROOT).allowedHosts).toEqual(["localhost", "127.0.0.1", "[::1]"]);
    expect(loadConfig({ HOST: "0.0.0.0" }, PROJECT_ROOT).allowedHosts).toEqual(["localhost", "127.0.0.1", "[::1]"]);
    expect(loadConfig({ HOST: "192.168.1.5" }, PROJECT_ROOT).allowedHosts).toContain("192.168.1.5");
    expect(loadConfig({ HOST: "fe80::1" }, PROJECT_ROOT).allowedHosts).toContain("[fe80::1]");
  });

  it("adds the names it lists, in lower case", () => {
    const config = loadConfig({ STEPWISE_ALLOWED_HOSTS: " Stepwise.LAN, 192.168.1.20 ,[fe80::2]" }, PROJECT_ROOT);
    expect(config.allowedHosts).toEqual(expect.arrayContaining(["stepwise.lan", "192.168.1.20", "[fe80::2]"]));
  });

  it.each(["http://stepwise.lan", "stepwise.lan:3000", "stepwise.lan/path", "*"])("refuses %j, naming the setting", (value) => {
    expect(() => loadConfig({ STEPWISE_ALLOWED_HOSTS: value }, PROJECT_ROOT)).toThrow(ConfigError);
    expect(() => loadConfig({ STEPWISE_ALLOWED_HOSTS: value }, PROJECT_ROOT)).toThrow(/STEPWISE_ALLOWED_HOSTS: must be/);
  });
});

describe("requests for a host this server does not answer to", () => {
  let server: TestServer;
  let scratch: string;
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), "stepwise-rebind-"));
    server = await startTestServer("sqlite", { allowedHosts: ["localhost", "127.0.0.1", "[::1]", "stepwise.lan"] });
  });
  afterAll(async () => {
    await server.destroy();
    rmSync(scratch, { recursive: true, force: true });
  });

  const health = (host: string) => server.app.inject({ method: "GET", url: "/api/health", headers: { host } });

  it.each(["localhost:3000", "127.0.0.1:3000", "[::1]:3000", "stepwise.lan:8080", "STEPWISE.LAN"])("answers %j", async (host) => {
    expect((await health(host)).statusCode).toBe(200);
  });

  it.each(["rebind.example", "rebind.example:3000", "localhost.rebind.example", "127.0.0.1.nip.io:3000"])(
    "refuses %j with a message naming the setting",
    async (host) => {
      const response = await health(host);
      expect(response.statusCode).toBe(403);
      expect(response.json<{ message: string }>().message).toMatch(/does not answer requests for .*STEPWISE_ALLOWED_HOSTS/);
    },
  );

  it("refuses pages and static files under a foreign name too", async () => {
    const response = await server.app.inject({ method: "GET", url: "/", headers: { host: "rebind.example" } });
    expect(response.statusCode).toBe(403);
  });

  it("never runs code for a rebound page, and does for Stepwise's own", async () => {
    const marker = join(scratch, "ran");
    const payload = {
      exerciseId: "dot-product",
      runtime: "native",
      code: `open(${JSON.stringify(marker)}, "w").close()\ndef dot(a, b):\n    return 0\n`,
    };
    const rebound = await server.app.inject({
      method: "POST",
      url: "/api/run",
      headers: { host: "rebind.example:3000" },
      payload,
    });
    expect(rebound.statusCode).toBe(403);
    expect(existsSync(marker)).toBe(false);
    const own = await server.app.inject({ method: "POST", url: "/api/run", headers: { host: "localhost:3000" }, payload });
    expect(own.statusCode).toBe(200);
    expect(existsSync(marker)).toBe(true);
  });
});

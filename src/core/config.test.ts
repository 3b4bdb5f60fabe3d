import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("STEPWISE_DATASET_MIRROR", () => {
  it("is unset by default, and an empty value counts as unset", () => {
    expect(loadConfig({}, "/srv/stepwise").datasetMirror).toBeUndefined();
    expect(loadConfig({ STEPWISE_DATASET_MIRROR: "" }, "/srv/stepwise").datasetMirror).toBeUndefined();
  });

  it("takes an http(s) URL", () => {
    const mirror = "http://classroom:8000/datasets/";
    expect(loadConfig({ STEPWISE_DATASET_MIRROR: mirror }, "/srv/stepwise").datasetMirror).toBe(mirror);
  });

  it.each(["not a url", "ftp://classroom/datasets/"])("refuses %j, naming the setting", (value) => {
    expect(() => loadConfig({ STEPWISE_DATASET_MIRROR: value }, "/srv/stepwise")).toThrow(ConfigError);
    expect(() => loadConfig({ STEPWISE_DATASET_MIRROR: value }, "/srv/stepwise")).toThrow(/STEPWISE_DATASET_MIRROR: must be/);
  });
});

describe("STEPWISE_MODE and multi-user settings", () => {
  const SECRET = "0123456789abcdef0123456789abcdef";

  it("is local by default, with no accounts and the server's Python as before", () => {
    const config = loadConfig({}, "/srv/stepwise");
    expect({ mode: config.mode, multiUser: config.multiUser, python: config.serverPython.enabled }).toEqual({
      mode: "local",
      multiUser: null,
      python: true,
    });
  });

  it("in multi-user mode needs a secret of at least 32 characters, and says how to make one", () => {
    expect(() => loadConfig({ STEPWISE_MODE: "multi" }, "/srv/stepwise")).toThrow(
      /STEPWISE_AUTH_SECRET: .*openssl rand -base64 32/,
    );
    expect(() => loadConfig({ STEPWISE_MODE: "multi", STEPWISE_AUTH_SECRET: "short" }, "/srv/stepwise")).toThrow(
      /STEPWISE_AUTH_SECRET: must be at least 32 characters/,
    );
    expect(() => loadConfig({ STEPWISE_MODE: "shared" }, "/srv/stepwise")).toThrow(/STEPWISE_MODE: must be "local"/);
  });

  it("answers to its public name, keeps the server's Python off, and caps the idle timeout by the absolute one", () => {
    const config = loadConfig(
      {
        STEPWISE_MODE: "multi",
        STEPWISE_AUTH_SECRET: SECRET,
        STEPWISE_PUBLIC_URL: "https://Stepwise.Example.org/",
        STEPWISE_SESSION_IDLE_HOURS: "720",
        STEPWISE_SESSION_MAX_DAYS: "7",
      },
      "/srv/stepwise",
    );
    expect(config.multiUser).toEqual({
      authSecret: SECRET,
      publicUrl: "https://stepwise.example.org",
      sessionIdleSeconds: 7 * 86_400,
      sessionMaxSeconds: 7 * 86_400,
      signInsPerMinute: 10,
      smtpUrl: undefined,
      mailFrom: "Stepwise <no-reply@stepwise.example.org>",
      oidc: undefined,
      github: undefined,
    });
    expect(config.allowedHosts).toContain("stepwise.example.org");
    expect(config.serverPython).toMatchObject({ enabled: false, reason: expect.stringMatching(/multi-user mode/) });
  });

  it("takes the sign-in limit per address as a setting, and refuses one that is not a whole number from 1", () => {
    const multi = { STEPWISE_MODE: "multi", STEPWISE_AUTH_SECRET: SECRET };
    expect(loadConfig({ ...multi, STEPWISE_SIGN_IN_LIMIT: "250" }, "/srv/stepwise").multiUser?.signInsPerMinute).toBe(250);
    for (const bad of ["0", "2.5", "lots"])
      expect(() => loadConfig({ ...multi, STEPWISE_SIGN_IN_LIMIT: bad }, "/srv/stepwise")).toThrow(
        /STEPWISE_SIGN_IN_LIMIT: must be a whole number of sign-ins a minute/,
      );
  });

  it("refuses a public URL with a path", () => {
    expect(() =>
      loadConfig(
        { STEPWISE_MODE: "multi", STEPWISE_AUTH_SECRET: SECRET, STEPWISE_PUBLIC_URL: "https://example.org/stepwise" },
        "/srv/stepwise",
      ),
    ).toThrow(/STEPWISE_PUBLIC_URL: must be a scheme and host/);
  });

  it("takes an SMTP server and sign-in providers, and refuses half of a provider's settings", () => {
    const multi = { STEPWISE_MODE: "multi", STEPWISE_AUTH_SECRET: SECRET };
    const config = loadConfig(
      {
        ...multi,
        STEPWISE_SMTP_URL: "smtps://stepwise:pw@mail.example.org:465",
        STEPWISE_OIDC_ISSUER: "https://login.example.org/realms/school/",
        STEPWISE_OIDC_CLIENT_ID: "stepwise",
        STEPWISE_OIDC_CLIENT_SECRET: "s3cret",
        STEPWISE_GITHUB_CLIENT_ID: "gh-id",
        STEPWISE_GITHUB_CLIENT_SECRET: "gh-secret",
      },
      "/srv/stepwise",
    );
    expect(config.multiUser).toMatchObject({
      smtpUrl: "smtps://stepwise:pw@mail.example.org:465",
      oidc: { issuer: "https://login.example.org/realms/school", clientId: "stepwise", name: "Single sign-on" },
      github: { clientId: "gh-id" },
    });
    expect(() => loadConfig({ ...multi, STEPWISE_SMTP_URL: "http://mail.example.org" }, "/srv/stepwise")).toThrow(
      /STEPWISE_SMTP_URL: must start with smtp:\/\//,
    );
    expect(() => loadConfig({ ...multi, STEPWISE_OIDC_ISSUER: "https://login.example.org" }, "/srv/stepwise")).toThrow(
      /OIDC needs all three/,
    );
    expect(() => loadConfig({ ...multi, STEPWISE_GITHUB_CLIENT_SECRET: "x" }, "/srv/stepwise")).toThrow(/GitHub needs both/);
  });
});

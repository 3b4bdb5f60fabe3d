import { createServer, type AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonFromPage, me, TEST_MULTI_USER, TEST_ORIGIN } from "../test-support/accounts.js";
import { startTestServer, testConfig, type TestServer } from "../test-support/test-dialects.js";

interface Received {
  readonly from: string;
  readonly to: string[];
  readonly data: string;
}

/** A real SMTP server on a free loopback port that keeps what it receives. */
async function startSmtpServer(): Promise<{ port: number; received: Received[]; stop: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let data = "";
      stream.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          data,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A port where nothing listens: the mail server is down. */
async function deadPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Quoted-printable soft line breaks and `=3D` undone, enough to read a link from the message. */
const decoded = (data: string) => data.replace(/=\r?\n/g, "").replace(/=3D/g, "=");

const multiUser = (smtpUrl: string) =>
  startTestServer("sqlite", {
    mode: "multi",
    multiUser: {
      ...TEST_MULTI_USER,
      smtpUrl,
      mailFrom: "Stepwise <no-reply@localhost>",
    },
    serverPython: { enabled: false, reason: "multi-user mode" },
    allowedHosts: testConfig("/unused").allowedHosts,
  });

describe("mail over SMTP", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let server: TestServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await multiUser(`smtp://127.0.0.1:${smtp.port}`);
  }, 60_000);
  afterAll(async () => {
    await server.destroy();
    await smtp.stop();
  });

  it("sends the confirmation link at sign-up, and the link confirms the address", async () => {
    const response = await server.app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      headers: jsonFromPage(),
      payload: { email: "ada@example.org", password: "correct horse battery", name: "Ada" },
    });
    expect(response.statusCode).toBe(200);
    await expect.poll(() => smtp.received.length).toBe(1);
    const mail = smtp.received[0] as Received;
    expect(mail.from).toBe("no-reply@localhost");
    expect(mail.to).toEqual(["ada@example.org"]);
    expect(mail.data).toMatch(/^Subject: Confirm your email for Stepwise/m);
    const link = /http:\/\/localhost\/api\/auth\/verify-email\?token=[^\s]+/.exec(decoded(mail.data))?.[0] ?? "";
    expect(link).not.toBe("");
    const verified = await server.app.inject({
      method: "GET",
      url: link.replace(TEST_ORIGIN, ""),
      headers: { host: "localhost" },
    });
    expect(verified.statusCode).toBeLessThan(400);
    const row = await server.app.db
      .selectFrom("users")
      .select("email_verified")
      .where("email", "=", "ada@example.org")
      .executeTakeFirst();
    expect(Boolean(row?.email_verified)).toBe(true);
  });

  it("sends a password reset link that sets a new password", async () => {
    const before = smtp.received.length;
    const asked = await server.app.inject({
      method: "POST",
      url: "/api/auth/request-password-reset",
      headers: jsonFromPage(),
      payload: { email: "ada@example.org", redirectTo: `${TEST_ORIGIN}/reset-password` },
    });
    expect(asked.statusCode).toBe(200);
    await expect.poll(() => smtp.received.length).toBe(before + 1);
    const text = decoded((smtp.received.at(-1) as Received).data);
    expect(text).toMatch(/^Subject: Reset your Stepwise password/m);
    const token = /reset-password\/([\w-]+)/.exec(text)?.[1] ?? "";
    const reset = await server.app.inject({
      method: "POST",
      url: "/api/auth/reset-password",
      headers: jsonFromPage(),
      payload: { token, newPassword: "a brand new passphrase" },
    });
    expect(reset.statusCode, reset.body).toBe(200);
    const signIn = await server.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: jsonFromPage(),
      payload: { email: "ada@example.org", password: "a brand new passphrase" },
    });
    expect(signIn.statusCode).toBe(200);
  });
});

describe("mail over SMTP when the mail server is down", () => {
  it("answers a reset request as for an unknown address, and changes nothing", async () => {
    const server = await multiUser(`smtp://127.0.0.1:${await deadPort()}`);
    try {
      const signUp = await server.app.inject({
        method: "POST",
        url: "/api/auth/sign-up/email",
        headers: jsonFromPage(),
        payload: { email: "bob@example.org", password: "correct horse battery", name: "Bob" },
      });
      expect(signUp.statusCode).toBe(200);
      const ask = (email: string) =>
        server.app.inject({
          method: "POST",
          url: "/api/auth/request-password-reset",
          headers: jsonFromPage(),
          remoteAddress: `10.9.0.${email.length}`,
          payload: { email, redirectTo: `${TEST_ORIGIN}/reset-password` },
        });
      const known = await ask("bob@example.org");
      const unknown = await ask("nobody-here@example.org");
      expect(known.statusCode).toBe(200);
      expect(known.body).toBe(unknown.body);
      expect((await me(server.app)).user).toBeNull();
    } finally {
      await server.destroy();
    }
  });
});

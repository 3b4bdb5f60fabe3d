import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { loadConfig } from "./config.js";
import { PROJECT_ROOT } from "./project-root.js";

const DEPLOY = join(PROJECT_ROOT, "deploy");
const README = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
const read = (path: string) => readFileSync(join(DEPLOY, path), "utf8");
const parse = (path: string): unknown[] =>
  parseAllDocuments(read(path), { merge: true }).map((document) => document.toJS() as unknown);
/** The value at `path` inside parsed YAML, or undefined where the path leads nowhere. */
const at = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>(
    (node, key) => (node !== null && typeof node === "object" ? (node as Record<string | number, unknown>)[key] : undefined),
    value,
  );
const record = (value: unknown) => (value ?? {}) as Record<string, string>;
const SECRET = "a-secret-that-is-long-enough-for-the-check-0123";

/** A Compose file's `${NAME:?…}` or `${NAME:-default}` as Docker would fill it in from deploy/.env. */
const substituted = (value: string, env: Record<string, string>) =>
  value.replace(/\$\{(\w+)(?::[?-]([^}]*))?\}/g, (_, name: string, fallback?: string) => env[name] ?? fallback ?? "");

/** Settings Stepwise would get, checked as `npm start` and the CLI check them. */
function expectAccepted(env: Record<string, string>) {
  expect(() => loadConfig(env, PROJECT_ROOT)).not.toThrow();
  for (const name of Object.keys(env).filter((key) => key.startsWith("STEPWISE_") || key === "DATABASE_URL"))
    expect(README, `${name} is in the README's settings table`).toContain(`| \`${name}\``);
}

describe("deploy/ (Docker Compose and Kubernetes; neither runs here, so they are checked as files)", () => {
  it("builds one image that installs the sandbox, the exercises' Python and starts the server", () => {
    const dockerfile = read("Dockerfile");
    expect(dockerfile).toMatch(/^FROM node:26/m);
    for (const dependency of [
      "bubblewrap",
      "python3-numpy",
      "python3-pandas",
      "python3-sklearn",
      "python3-matplotlib",
      "python3-torch",
    ])
      expect(dockerfile).toContain(dependency);
    expect(dockerfile).toMatch(/RUN npm ci/);
    expect(dockerfile).toMatch(/RUN npm run build/);
    const command = JSON.parse(/^CMD (.+)$/m.exec(dockerfile)?.[1] ?? "[]") as string[];
    expect(existsSync(join(PROJECT_ROOT, command.at(-1) ?? ""))).toBe(true);
    expect(dockerfile).toMatch(/PORT=3000/);
  });

  it("composes two app instances and two workers on one PostgreSQL, behind a load balancer on the app's port", () => {
    const [compose] = parse("compose.yaml");
    const service = (name: string) => at(compose, "services", name);
    const [app, worker] = [service("app"), service("worker")];
    expect(at(app, "deploy", "replicas")).toBeGreaterThanOrEqual(2);
    expect(at(worker, "deploy", "replicas")).toBeGreaterThanOrEqual(2);
    expect(at(worker, "command")).toEqual(["node", "bin/stepwise.mjs", "worker"]);
    expect(existsSync(join(PROJECT_ROOT, "bin/stepwise.mjs"))).toBe(true);
    const dotEnv = Object.fromEntries(
      read(".env.example")
        .split("\n")
        .filter((line) => /^\w+=/.test(line))
        .map((line) => line.split("=", 2) as [string, string]),
    );
    for (const each of [app, worker]) {
      const env = Object.fromEntries(
        Object.entries(record(at(each, "environment"))).map(([name, value]) => [name, substituted(value, dotEnv)]),
      );
      expect(env.DATABASE_URL).toMatch(/@postgres:5432\//);
      expectAccepted({ ...env, STEPWISE_DATA_DIR: "/data", HOST: "0.0.0.0", PORT: "3000" });
      expect(at(each, "security_opt")).toContain("seccomp=unconfined");
    }
    expect(at(app, "environment", "STEPWISE_APP_WORKER")).toBe("off");
    expect(at(service("postgres"), "healthcheck", "test")).toContain("pg_isready");
    expect(JSON.stringify(at(app, "healthcheck", "test"))).toContain("http://127.0.0.1:3000/api/health");
    expect(at(service("proxy"), "volumes")).toContain("./Caddyfile:/etc/caddy/Caddyfile:ro");
    expect(read("Caddyfile")).toMatch(/reverse_proxy app:3000/);
  });

  it("runs the same on Kubernetes: Deployments of two, Services and probes on the app's port, settings Stepwise accepts", () => {
    const documents = readdirSync(join(DEPLOY, "kubernetes")).flatMap((file) => parse(`kubernetes/${file}`));
    const find = (kind: string, name: string) =>
      documents.find((doc) => at(doc, "kind") === kind && at(doc, "metadata", "name") === name);
    const configMap = record(at(find("ConfigMap", "stepwise"), "data"));
    const secret = record(at(find("Secret", "stepwise"), "stringData"));
    for (const name of ["stepwise-app", "stepwise-worker"]) {
      const spec = at(find("Deployment", name), "spec");
      expect(at(spec, "replicas"), name).toBeGreaterThanOrEqual(2);
      expect(at(spec, "selector", "matchLabels")).toEqual(at(spec, "template", "metadata", "labels"));
      const env: Record<string, string> = { ...configMap, PORT: "3000", HOST: "0.0.0.0" };
      for (const item of (at(spec, "template", "spec", "containers", 0, "env") ?? []) as unknown[]) {
        const key = at(item, "valueFrom", "secretKeyRef", "key");
        env[String(at(item, "name"))] = String(at(item, "value") ?? secret[String(key)]);
      }
      env.STEPWISE_AUTH_SECRET = SECRET;
      expectAccepted(env);
    }
    const app = at(find("Deployment", "stepwise-app"), "spec", "template");
    expect(at(app, "spec", "containers", 0, "ports", 0, "containerPort")).toBe(3000);
    expect(at(app, "spec", "containers", 0, "readinessProbe", "httpGet")).toEqual({ path: "/api/health", port: 3000 });
    const service = at(find("Service", "stepwise"), "spec");
    expect(at(service, "selector")).toEqual(at(app, "metadata", "labels"));
    expect(at(service, "ports", 0, "targetPort")).toBe(3000);
    const worker = at(find("Deployment", "stepwise-worker"), "spec", "template", "spec", "containers", 0);
    expect(at(worker, "command")).toEqual(["node", "bin/stepwise.mjs", "worker"]);
    expect(at(worker, "securityContext", "seccompProfile", "type")).toBe("Unconfined");
    expect(at(find("Service", "postgres"), "spec", "ports", 0, "port")).toBe(5432);
    expect(secret.DATABASE_URL).toMatch(/@postgres:5432\//);
  });
});

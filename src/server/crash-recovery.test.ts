import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ExerciseResponse, ProgressResponse } from "../shared/api/index.js";
import { testCurriculum } from "../core/test-support/test-curriculum.js";
import { createTestDatabase, DIALECTS } from "./test-support/test-dialects.js";
import { freePort } from "./test-support/free-port.js";
import { serverReady, startServerProcess } from "./test-support/server-process.js";

const curriculum = testCurriculum();
const exerciseIds = [...curriculum.exercisesById.keys()];
const topicIds = [...curriculum.topicsById.keys()];

const put = (url: string, body: object) =>
  fetch(url, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe.each(DIALECTS)("a Stepwise killed with SIGKILL in the middle of writes (%s)", { timeout: 180_000 }, (dialect) => {
  const dataDir = mkdtempSync(join(tmpdir(), "stepwise-crash-"));
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  const servers: ChildProcess[] = [];
  afterAll(async () => {
    for (const server of servers) server.kill("SIGKILL");
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("has every write it acknowledged after a restart", async () => {
    if (dialect === "postgres") database = await createTestDatabase();
    const env = { STEPWISE_DATA_DIR: dataDir, ...(database ? { DATABASE_URL: database.url } : {}) };
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = startServerProcess(port, env);
    servers.push(first);
    await serverReady(base);

    // Each write sets its own key once, with a value of its own: drafts of every exercise, then every topic's status.
    const writes = [
      ...exerciseIds.map((id, index) => ({
        key: `draft:${id}`,
        send: () => put(`${base}/api/exercises/${id}/draft`, { code: `# written ${index}\n` }),
        expected: `# written ${index}\n`,
      })),
      ...topicIds.map((id, index) => {
        const status = index % 2 === 0 ? "learning" : "done";
        return { key: `status:${id}`, send: () => put(`${base}/api/progress/topics/${id}`, { status }), expected: status };
      }),
    ];
    const acknowledged = new Map<string, string>();
    let killed = false;
    let next = 0;
    // Eight writes in flight at a time; the server dies once a third of them have been acknowledged.
    const writer = async () => {
      while (next < writes.length) {
        const write = writes[next] as (typeof writes)[number];
        next += 1;
        const response = await write.send().catch(() => null);
        if (response?.ok) acknowledged.set(write.key, write.expected);
        if (!killed && acknowledged.size >= writes.length / 3) {
          killed = true;
          first.kill("SIGKILL");
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, writer));
    await new Promise<void>((resolve) =>
      first.exitCode !== null || first.signalCode !== null ? resolve() : first.once("exit", () => resolve()),
    );
    expect(first.signalCode).toBe("SIGKILL");
    // Some writes were refused by a dead server: the kill came in the middle.
    expect(acknowledged.size).toBeLessThan(writes.length);
    expect(acknowledged.size).toBeGreaterThanOrEqual(writes.length / 3);

    const second = startServerProcess(port, env);
    servers.push(second);
    await serverReady(base);
    const statuses = ((await (await fetch(`${base}/api/progress`)).json()) as ProgressResponse).topics;
    const missing: string[] = [];
    for (const [key, expected] of acknowledged) {
      const [kind, id] = key.split(":") as [string, string];
      const actual =
        kind === "draft"
          ? ((await (await fetch(`${base}/api/exercises/${id}`)).json()) as ExerciseResponse).draft?.code
          : statuses[id];
      if (actual !== expected) missing.push(`${key}: ${String(actual)} instead of ${expected}`);
    }
    expect(missing).toEqual([]);
    second.kill("SIGTERM");
  });
});

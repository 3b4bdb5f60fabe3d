import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type {
  BackupListResponse,
  ImportPreviewResponse,
  ImportResponse,
  ProgressResponse,
  TopicResponse,
} from "../../../shared/api/index.js";
import type { ProgressExport } from "../../../shared/progress/index.js";
import { testCurriculum } from "../../../core/test-support/test-curriculum.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

describe.each(DIALECTS)("progress on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server.destroy());
  // Each test starts from a learner with no progress.
  beforeEach(async () => {
    const empty: ProgressExport = { format: "stepwise-progress", version: 1, exportedAt: new Date().toISOString(), topics: {} };
    await server.app.inject({ method: "POST", url: "/api/progress/import", payload: empty });
  });

  const put = (topicId: string, status: unknown) =>
    server.app.inject({ method: "PUT", url: `/api/progress/topics/${topicId}`, payload: { status } });
  const progress = async () => (await server.app.inject({ method: "GET", url: "/api/progress" })).json<ProgressResponse>();

  it("starts with every topic todo and nothing done", async () => {
    const result = await progress();
    expect(result.overall.percent).toBe(0);
    expect(result.overall.hoursDone).toBe(0);
    expect(Object.keys(result.topics)).toHaveLength(testCurriculum().topicsById.size);
    expect(new Set(Object.values(result.topics))).toEqual(new Set(["todo"]));
    expect(result.overall.hoursRemaining).toBe(result.overall.hoursTotal);
  });

  it("counts done hours, leaves skipped topics out of the remaining hours, and reports statuses", async () => {
    const { topicsById } = testCurriculum();
    const hours = (id: string) => topicsById.get(id)?.estimatedHours ?? Number.NaN;
    expect((await put("linear-algebra", "done")).statusCode).toBe(200);
    expect((await put("calculus", "skipped")).statusCode).toBe(200);
    expect((await put("python-basics", "learning")).statusCode).toBe(200);
    const result = await progress();
    expect(result.topics["linear-algebra"]).toBe("done");
    expect(result.topics["calculus"]).toBe("skipped");
    expect(result.topics["python-basics"]).toBe("learning");
    expect(result.overall.hoursDone).toBe(hours("linear-algebra"));
    expect(result.overall.hoursRemaining).toBeCloseTo(result.overall.hoursTotal - hours("linear-algebra") - hours("calculus"), 6);
    const math = result.stages.find((stage) => stage.id === "math-foundations");
    const mathCounted = hours("linear-algebra") + hours("probability-statistics");
    expect(math?.percent).toBe(Math.round((hours("linear-algebra") / mathCounted) * 100));
    expect(math?.topicsSkipped).toBe(1);
    expect(result.stages.find((stage) => stage.id === "python")?.topicsLearning).toBe(1);
  });

  it("answers an invalid status with 400 naming the allowed values, and changes nothing", async () => {
    await put("linear-algebra", "learning");
    const response = await put("linear-algebra", "finished");
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/"todo", "learning", "done", "skipped"/);
    expect((await progress()).topics["linear-algebra"]).toBe("learning");
  });

  it("answers a missing body or extra fields with 400", async () => {
    const noBody = await server.app.inject({ method: "PUT", url: "/api/progress/topics/linear-algebra" });
    expect(noBody.statusCode).toBe(400);
    const extra = await server.app.inject({
      method: "PUT",
      url: "/api/progress/topics/linear-algebra",
      payload: { status: "done", userId: "someone-else" },
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().message).toMatch(/userId/);
  });

  it("answers an unknown topic with a 404 JSON message", async () => {
    const response = await put("quantum-basket-weaving", "done");
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toMatch(/no topic "quantum-basket-weaving"/);
  });

  it("exports and re-imports progress and notes (replace)", async () => {
    await put("linear-algebra", "done");
    await server.app.inject({ method: "PUT", url: "/api/notes/topics/calculus", payload: { text: "chain rule!" } });
    const exported = (await server.app.inject({ method: "GET", url: "/api/progress/export" })).json<ProgressExport>();
    expect(exported.format).toBe("stepwise-progress");
    expect(exported.topics["linear-algebra"]?.status).toBe("done");
    expect(exported.topics["calculus"]?.note).toBe("chain rule!");

    await put("linear-algebra", "todo");
    await put("docker", "done");
    const response = await server.app.inject({ method: "POST", url: "/api/progress/import", payload: exported });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ mode: "replace", statusesImported: 1, notesImported: 1, backupId: expect.any(String) });
    const after = await progress();
    expect(after.topics["linear-algebra"]).toBe("done");
    expect(after.topics["docker"]).toBe("todo");
    const calculus = (await server.app.inject({ method: "GET", url: "/api/topics/calculus" })).json<TopicResponse>();
    expect(calculus.note.text).toBe("chain rule!");
  });

  it("merges an import into existing progress when asked to", async () => {
    await put("docker", "done");
    const document: ProgressExport = {
      format: "stepwise-progress",
      version: 1,
      exportedAt: new Date().toISOString(),
      topics: { calculus: { status: "learning" } },
    };
    const response = await server.app.inject({ method: "POST", url: "/api/progress/import?mode=merge", payload: document });
    expect(response.statusCode).toBe(200);
    const after = await progress();
    expect(after.topics["docker"]).toBe("done");
    expect(after.topics["calculus"]).toBe("learning");
  });

  it.each([
    ["a document that is not Stepwise's", { hello: "world" }, /body\.format/],
    [
      "an unknown status",
      {
        format: "stepwise-progress",
        version: 1,
        exportedAt: "2026-01-01T00:00:00.000Z",
        topics: { calculus: { status: "finished" } },
      },
      /body\.topics\.calculus\.status: "finished" is not one of "todo", "learning", "done", "skipped"/,
    ],
    [
      "an unknown topic (after valid ones)",
      {
        format: "stepwise-progress",
        version: 1,
        exportedAt: "2026-01-01T00:00:00.000Z",
        topics: { calculus: { status: "done" }, "no-such-topic": { status: "done" } },
      },
      /topics\.no-such-topic/,
    ],
    [
      "a note that is too long",
      {
        format: "stepwise-progress",
        version: 1,
        exportedAt: "2026-01-01T00:00:00.000Z",
        topics: { calculus: { note: "x".repeat(20_001) } },
      },
      /at most 20,000 characters/,
    ],
  ])("rejects %s with 400 naming the first problem and changes nothing", async (_name, document, message) => {
    await put("linear-algebra", "done");
    const response = await server.app.inject({ method: "POST", url: "/api/progress/import", payload: document });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(message);
    const after = await progress();
    expect(after.topics["linear-algebra"]).toBe("done");
    expect(after.topics["calculus"]).toBe("todo");
  });

  it("rejects a body that is not JSON with 400, and the server keeps working", async () => {
    const response = await server.app.inject({
      method: "POST",
      url: "/api/progress/import",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/not valid JSON/);
    expect((await server.app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
  });

  it("keeps statuses and notes across a restart", async () => {
    await put("feature-engineering", "done");
    await server.app.inject({
      method: "PUT",
      url: "/api/notes/topics/feature-engineering",
      payload: { text: "fit the scaler on train only" },
    });
    await server.restart();
    const topic = (await server.app.inject({ method: "GET", url: "/api/topics/feature-engineering" })).json<TopicResponse>();
    expect(topic.status).toBe("done");
    expect(topic.note.text).toBe("fit the scaler on train only");
  });

  describe("import preview and automatic backups", () => {
    const document = (topics: ProgressExport["topics"]): ProgressExport => ({
      format: "stepwise-progress",
      version: 1,
      exportedAt: "2026-12-01T00:00:00.000Z",
      topics,
    });
    const post = (url: string, payload: object) => server.app.inject({ method: "POST", url, payload });
    const backups = async () =>
      (await server.app.inject({ method: "GET", url: "/api/progress/backups" })).json<BackupListResponse>().backups;

    it("counts what a replace or a merge would add, change and remove, per kind, and changes nothing", async () => {
      await post(
        "/api/progress/import",
        document({ calculus: { status: "done", note: "chain rule" }, "linear-algebra": { status: "learning" } }),
      );
      const incoming = document({
        calculus: { status: "done" },
        "python-basics": { status: "done", note: "new" },
        "linear-algebra": { status: "done" },
      });
      const replace = (await post("/api/progress/import/preview?mode=replace", incoming)).json<ImportPreviewResponse>();
      expect(replace).toEqual({
        mode: "replace",
        statuses: { added: 1, changed: 1, removed: 0, unchanged: 1 },
        notes: { added: 1, changed: 0, removed: 1, unchanged: 0 },
      });
      const merge = (await post("/api/progress/import/preview?mode=merge", incoming)).json<ImportPreviewResponse>();
      expect(merge.notes).toEqual({ added: 1, changed: 0, removed: 0, unchanged: 0 });
      expect((await progress()).topics["linear-algebra"]).toBe("learning");
      const unknown = await post("/api/progress/import/preview", document({ "no-such-topic": { status: "done" } }));
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().message).toMatch(/no-such-topic/);
    });

    it("backs up the progress before every import, and restoring a backup undoes the import (itself undoable)", async () => {
      await post("/api/progress/import", document({ calculus: { status: "done", note: "keep me" } }));
      const wrong = (
        await post("/api/progress/import", document({ "python-basics": { status: "skipped" } }))
      ).json<ImportResponse>();
      expect((await progress()).topics["calculus"]).toBe("todo");
      const [latest] = await backups();
      expect(latest).toMatchObject({ id: wrong.backupId, reason: "before importing a file (replace)", statuses: 1, notes: 1 });

      const restored = await post(`/api/progress/backups/${wrong.backupId}/restore`, {});
      expect(restored.statusCode).toBe(200);
      expect((await progress()).topics).toMatchObject({ calculus: "done", "python-basics": "todo" });
      expect((await server.app.inject({ method: "GET", url: "/api/topics/calculus" })).json<TopicResponse>().note.text).toBe(
        "keep me",
      );
      expect((await backups())[0]?.reason).toMatch(/^before restoring the backup of /);

      const missing = await post("/api/progress/backups/nope/restore", {});
      expect(missing.statusCode).toBe(404);
      expect(missing.json().message).toMatch(/no backup "nope"/);
    });

    it("keeps the last 10 backups", async () => {
      for (let k = 0; k < 12; k += 1) await post("/api/progress/import", document({}));
      expect(await backups()).toHaveLength(10);
    });
  });
});

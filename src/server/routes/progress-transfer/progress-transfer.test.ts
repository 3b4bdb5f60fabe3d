import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { BackupListResponse, ImportPreviewResponse, ImportResponse, ProgressResponse } from "../../../shared/api/index.js";
import type { ProgressExport } from "../../../shared/progress/progress-export.js";
import { browserResult } from "../../test-support/browser-results.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

const AT = "2026-12-01T09:00:00.000Z";

describe.each(DIALECTS)("importing exports on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server.destroy());

  const inject = (method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
    server.app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
  const exported = async () => (await inject("GET", "/api/progress/export")).json<ProgressExport>();
  const statuses = async () => (await inject("GET", "/api/progress")).json<ProgressResponse>().topics;
  const attemptCodes = async () =>
    (await server.app.db.selectFrom("exercise_attempts").select(["code", "imported"]).orderBy("code").execute()).map(
      (row) => `${row.code}${row.imported === 1 ? " (imported)" : ""}`,
    );
  const backups = async () => (await inject("GET", "/api/progress/backups")).json<BackupListResponse>().backups;
  const attempt = (code: string) =>
    inject("POST", "/api/exercises/dot-product/attempts", { runtime: "browser", code, result: browserResult("pass", 2) });

  // Each test starts from a learner who has done nothing.
  beforeEach(async () => {
    const empty = await exported();
    for (const section of Object.keys(empty))
      if (Array.isArray(empty[section as keyof ProgressExport])) Object.assign(empty, { [section]: [] });
    expect((await inject("POST", "/api/progress/import", empty)).statusCode).toBe(200);
  });

  /** An export of nothing, with the given sections filled in. */
  const documentWith = async (sections: Partial<ProgressExport>): Promise<ProgressExport> => ({
    ...(await exported()),
    ...sections,
  });
  const fileAttempt = (id: string, code: string) => ({
    id,
    exerciseId: "dot-product",
    code,
    runtime: "browser" as const,
    status: "pass" as const,
    testsPassed: 2,
    testsTotal: 2,
    result: browserResult("pass", 2),
    durationMs: 12,
    createdAt: AT,
    imported: false,
    selfReported: false,
  });

  it("still imports a statuses-and-notes file of the first format, and replacing with it leaves everything else alone", async () => {
    await attempt("my own solve");
    const response = await inject("POST", "/api/progress/import", {
      format: "stepwise-progress",
      version: 1,
      exportedAt: AT,
      topics: { calculus: { status: "done", note: "chain rule" } },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect((await statuses())["calculus"]).toBe("done");
    expect(response.json<ImportResponse>().sections.map((section) => section.section)).toEqual(["topicStatuses", "topicNotes"]);
    expect(await attemptCodes()).toEqual(["my own solve"]);
  });

  it("counts what a replace or a merge would add, change and remove, kind by kind, and changes nothing", async () => {
    await attempt("kept");
    await inject("PUT", "/api/progress/topics/calculus", { status: "learning" });
    const mine = await exported();
    const incoming: ProgressExport = {
      ...mine,
      topicStatuses: [
        { topicId: "calculus", status: "done", updatedAt: AT },
        { topicId: "docker", status: "done", updatedAt: AT },
      ],
      exerciseAttempts: [...mine.exerciseAttempts, fileAttempt("from-elsewhere", "another machine's solve")],
      topicNotes: [{ topicId: "calculus", text: "new", updatedAt: AT }],
    };
    const preview = async (mode: string, document: object) =>
      Object.fromEntries(
        (await inject("POST", `/api/progress/import/preview?mode=${mode}`, document))
          .json<ImportPreviewResponse>()
          .sections.map(({ section, ...counts }) => [section, counts]),
      );
    const replace = await preview("replace", incoming);
    expect(replace["topicStatuses"]).toEqual({ added: 1, changed: 1, removed: 0, unchanged: 0 });
    expect(replace["exerciseAttempts"]).toEqual({ added: 1, changed: 0, removed: 0, unchanged: 1 });
    expect(replace["topicNotes"]).toEqual({ added: 1, changed: 0, removed: 0, unchanged: 0 });
    const dropAttempts = await preview("replace", { ...incoming, exerciseAttempts: [] });
    expect(dropAttempts["exerciseAttempts"]).toEqual({ added: 0, changed: 0, removed: 1, unchanged: 0 });
    const merge = await preview("merge", { ...incoming, exerciseAttempts: [] });
    expect(merge["exerciseAttempts"]).toEqual({ added: 0, changed: 0, removed: 0, unchanged: 0 });
    expect((await statuses())["calculus"]).toBe("learning");
    expect(await attemptCodes()).toEqual(["kept"]);
  });

  it("marks a file's attempts imported, merges beside the learner's own, and replaces only what differs", async () => {
    await attempt("my own solve");
    const mine = await exported();
    const merged = await inject("POST", "/api/progress/import?mode=merge", {
      ...mine,
      exerciseAttempts: [fileAttempt("from-elsewhere", "another machine's solve")],
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(await attemptCodes()).toEqual(["another machine's solve (imported)", "my own solve"]);
    const replaced = await inject("POST", "/api/progress/import", mine);
    expect(replaced.json<ImportResponse>().sections.find((section) => section.section === "exerciseAttempts")).toMatchObject({
      removed: 1,
      unchanged: 1,
    });
    expect(await attemptCodes()).toEqual(["my own solve"]);
  });

  it.each([
    ["a document that is not Stepwise's", () => ({ hello: "world" }), /body.*Stepwise export/],
    [
      "an unknown status",
      () => documentWith({ topicStatuses: [{ topicId: "calculus", status: "finished" as "done", updatedAt: AT }] }),
      /body\.topicStatuses\.0\.status: "finished" is not one of "todo", "learning", "done", "skipped"/,
    ],
    [
      "an attempt at an exercise this roadmap does not have",
      () => documentWith({ exerciseAttempts: [{ ...fileAttempt("a1", "x"), exerciseId: "no-such-exercise" }] }),
      /exerciseAttempts\[0\]\.exerciseId: no exercise has the id "no-such-exercise" in this roadmap/,
    ],
    [
      "the same record twice",
      () =>
        documentWith({
          topicStatuses: [
            { topicId: "calculus", status: "done", updatedAt: AT },
            { topicId: "calculus", status: "todo", updatedAt: AT },
          ],
        }),
      /topicStatuses\[1\]: lists the same topic status twice/,
    ],
    [
      "a model link to a submission that is nowhere",
      () =>
        documentWith({
          submissionModels: [
            {
              submissionId: "missing",
              modelVersionId: "missing-too",
              reproduced: true,
              result: {
                model: { name: "m", version: 1 },
                reproduced: true,
                rows: 1,
                matchingRows: 1,
                firstDifference: null,
                submittedPublicScores: {},
                servedPublicScores: {},
                checkedAt: AT,
              },
              checkedAt: AT,
            },
          ],
        }),
      /submissionModels\[0\]\.submissionId: no submission "missing".*modelVersionId: no model version "missing-too"/,
    ],
  ])("refuses %s with 400 naming the problem, and changes nothing", async (_name, makeDocument, message) => {
    await inject("PUT", "/api/progress/topics/linear-algebra", { status: "done" });
    await attempt("mine");
    const document = await makeDocument();
    for (const url of ["/api/progress/import", "/api/progress/import/preview"]) {
      const response = await inject("POST", url, document);
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toMatch(message);
    }
    expect((await statuses())["linear-algebra"]).toBe("done");
    expect(await attemptCodes()).toEqual(["mine"]);
  });

  it.each([
    ["a file that is not a zip", () => strToU8("plain text, not a zip"), /not a readable zip/],
    ["a zip without the document", () => zipSync({ "notes.txt": strToU8("hi") }), /has no stepwise-progress\.json/],
    [
      "a zip with something an export never holds",
      async () =>
        zipSync({ "stepwise-progress.json": strToU8(JSON.stringify(await exported())), "run-me.sh": strToU8("rm -rf /") }),
      /holds "run-me\.sh", which a Stepwise export never does/,
    ],
    [
      "a model file whose bytes are not what its name says",
      async () =>
        zipSync({
          "stepwise-progress.json": strToU8(JSON.stringify(await exported())),
          [`models/${"a".repeat(64)}.onnx`]: strToU8("not that file"),
        }),
      /its SHA-256 differs/,
    ],
  ])("refuses %s with 400, and changes nothing", async (_name, makeZip, message) => {
    await attempt("mine");
    const response = await server.app.inject({
      method: "POST",
      url: "/api/progress/import",
      headers: { "content-type": "application/zip" },
      payload: Buffer.from(await makeZip()),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(message);
    expect(await attemptCodes()).toEqual(["mine"]);
  });

  it("answers a body that is not JSON with 400, and the server keeps working", async () => {
    const response = await server.app.inject({
      method: "POST",
      url: "/api/progress/import",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/not valid JSON/);
    expect((await inject("GET", "/api/health")).statusCode).toBe(200);
  });

  it("backs up everything before an import; restoring brings it all back, import marks as they were, and is undoable", async () => {
    await attempt("my own solve");
    await inject("PUT", "/api/notes/topics/calculus", { text: "keep me" });
    const wrong = await inject(
      "POST",
      "/api/progress/import",
      await documentWith({ exerciseAttempts: [fileAttempt("w", "wrong file")] }),
    );
    expect(await attemptCodes()).toEqual(["wrong file (imported)"]);
    const [latest] = await backups();
    expect(latest).toMatchObject({
      id: wrong.json<ImportResponse>().backupId,
      reason: "before importing a file (replace)",
      contents: expect.arrayContaining([
        { section: "exerciseAttempts", count: 1 },
        { section: "topicNotes", count: 1 },
      ]),
    });

    const restored = await inject("POST", `/api/progress/backups/${latest?.id}/restore`, {});
    expect(restored.statusCode, restored.body).toBe(200);
    expect(await attemptCodes()).toEqual(["my own solve"]);
    expect((await exported()).topicNotes.map((note) => note.text)).toEqual(["keep me"]);
    expect((await backups())[0]?.reason).toMatch(/^before restoring the backup of /);

    const missing = await inject("POST", "/api/progress/backups/nope/restore", {});
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toMatch(/no backup "nope"/);
  });

  it("keeps the last 10 backups", async () => {
    const empty = await exported();
    for (let k = 0; k < 12; k += 1) await inject("POST", "/api/progress/import", empty);
    expect(await backups()).toHaveLength(10);
  });
});

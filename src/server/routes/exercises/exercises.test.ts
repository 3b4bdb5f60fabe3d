import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  AttemptResponse,
  DraftVersionsResponse,
  ExerciseResponse,
  RoadmapResponse,
  TopicResponse,
} from "../../../shared/api/index.js";
import type { GradingResult } from "../../../shared/grading/result.js";
import { testCurriculum } from "../../../core/test-support/test-curriculum.js";
import { browserResult } from "../../test-support/browser-results.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

const exercise = (id: string) => {
  const found = testCurriculum().exercisesById.get(id);
  if (!found) throw new Error(`test setup: no exercise ${id}`);
  return found;
};

const browserPass = (tests: number) => browserResult("pass", tests);

describe.each(DIALECTS)("exercises on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server.destroy());

  const get = <T>(url: string) =>
    server.app.inject({ method: "GET", url }).then((response) => ({ status: response.statusCode, body: response.json<T>() }));
  const attempt = (id: string, payload: object) =>
    server.app.inject({ method: "POST", url: `/api/exercises/${id}/attempts`, payload });

  it("lists every exercise in roadmap order with its topic", async () => {
    const { body } = await get<{ exercises: { id: string; topicId: string; solved: boolean }[] }>("/api/exercises");
    expect(body.exercises.length).toBe(testCurriculum().exercisesById.size);
    expect(body.exercises[0]).toMatchObject({ id: "dot-product", topicId: "linear-algebra", solved: false });
  });

  it("returns an exercise with instructions, starter, visible tests and hints, but not the solution", async () => {
    const { status, body } = await get<ExerciseResponse>("/api/exercises/dot-product");
    expect(status).toBe(200);
    expect(body.starter).toBe(exercise("dot-product").starter);
    expect(body.tests.filename).toBe("test_dot_product.py");
    expect(body.hints.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(body)).not.toContain(exercise("dot-product").solution.trim());
    expect(body.attempts).toEqual({ count: 0, latest: null });
  });

  it("never sends an exercise's hidden tests: not with the exercise, its topic, its solution or the export", async () => {
    const hidden = exercise("bayes-rule").hiddenTests;
    expect(hidden?.filename).toBe("hidden_test_bayes_rule.py");
    const marker = "test_a_grid_of_priors_sensitivities_and_specificities";
    expect(hidden?.source).toContain(marker);
    const tried = await attempt("bayes-rule", { runtime: "native", code: exercise("bayes-rule").starter });
    expect(tried.statusCode).toBe(200);
    const topicId = exercise("bayes-rule").topicId;
    for (const url of [
      "/api/exercises/bayes-rule",
      "/api/exercises/bayes-rule/solution",
      `/api/topics/${topicId}`,
      "/api/exercises",
      "/api/progress/export",
    ]) {
      const response = await server.app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).not.toContain(marker);
      expect(response.body, url).not.toContain("hidden_test_");
    }
    // The attempt was graded on the visible tests only.
    expect(tried.json<AttemptResponse>().result.tests.map((test) => test.name)).not.toContain(marker);
  });

  it("autosaves the learner's code and returns it with the exercise", async () => {
    const saved = await server.app.inject({
      method: "PUT",
      url: "/api/exercises/dot-product/draft",
      payload: { code: "def dot(u, v):\n    return 0\n" },
    });
    expect(saved.statusCode).toBe(200);
    expect((await get<ExerciseResponse>("/api/exercises/dot-product")).body.draft?.code).toBe("def dot(u, v):\n    return 0\n");
  });

  it("keeps earlier code at resets and restores and every ten minutes of typing, and never lets an autosave of the starter wipe it", async () => {
    const id = "chain-rule";
    const starter = exercise(id).starter;
    const save = (code: string, change?: string) =>
      server.app.inject({ method: "PUT", url: `/api/exercises/${id}/draft`, payload: change ? { code, change } : { code } });
    const versions = async () =>
      (await get<DraftVersionsResponse>(`/api/exercises/${id}/draft/versions`)).body.versions.map((version) => version.code);
    expect((await save("mine, first")).statusCode).toBe(200);
    expect((await save("mine, typed on")).statusCode).toBe(200);
    // The first change keeps a version; typing within ten minutes of it keeps no more.
    expect(await versions()).toEqual(["mine, first"]);

    const wipe = await save(starter);
    expect(wipe.statusCode).toBe(409);
    expect(wipe.json<{ message: string }>().message).toMatch(/replace your saved code with the starter.*Reset to the starter/);
    expect((await get<ExerciseResponse>(`/api/exercises/${id}`)).body.draft?.code).toBe("mine, typed on");

    expect((await save(starter, "reset")).statusCode).toBe(200);
    expect(await versions()).toEqual(["mine, typed on", "mine, first"]);
    expect((await save("mine, typed on", "restore")).statusCode).toBe(200);
    expect((await versions())[0]).toBe(starter);

    // Ten minutes on, typing keeps the code as it was.
    await server.app.db.updateTable("exercise_draft_versions").set({ saved_at: "2020-01-01T00:00:00.000Z" }).execute();
    await save("mine, much later");
    expect((await versions())[0]).toBe("mine, typed on");
    expect((await save("x", "undo")).statusCode).toBe(400);
  });

  it("keeps the last 20 earlier versions of a draft", async () => {
    for (let k = 0; k < 24; k += 1)
      await server.app.inject({
        method: "PUT",
        url: "/api/exercises/dot-product/draft",
        payload: { code: `v${k}`, change: "restore" },
      });
    const { body } = await get<DraftVersionsResponse>("/api/exercises/dot-product/draft/versions");
    expect(body.versions).toHaveLength(20);
    expect(body.versions[0]?.code).toBe("v22");
  });

  it("keeps the solution back until the learner has tried once", async () => {
    const before = await server.app.inject({ method: "GET", url: "/api/exercises/matrix-multiply/solution" });
    expect(before.statusCode).toBe(403);
    expect(before.json().message).toMatch(/at least once/);
    const tried = await attempt("matrix-multiply", { runtime: "native", code: exercise("matrix-multiply").starter });
    expect(tried.statusCode).toBe(200);
    expect(tried.json<AttemptResponse>().result.status).not.toBe("pass");
    const after = await server.app.inject({ method: "GET", url: "/api/exercises/matrix-multiply/solution" });
    expect(after.statusCode).toBe(200);
    expect(after.json().solution).toBe(exercise("matrix-multiply").solution);
  });

  it("grades code on the server's Python, records the attempt, and marks the topic done when its last exercise is solved", async () => {
    const ids = testCurriculum().topicsById.get("docker")?.exerciseIds ?? [];
    expect(ids.length).toBeGreaterThanOrEqual(2);
    for (const [index, id] of ids.entries()) {
      const response = await attempt(id, { runtime: "native", code: exercise(id).solution });
      expect(response.statusCode).toBe(200);
      const body = response.json<AttemptResponse>();
      expect(body.result).toMatchObject({ status: "pass", runtime: "native" });
      expect(body.attempt.testsPassed).toBe(body.attempt.testsTotal);
      const last = index === ids.length - 1;
      expect(body).toMatchObject({
        solved: true,
        newlySolved: true,
        topic: { id: "docker", status: last ? "done" : "todo", exercisesSolved: index + 1 },
      });
    }
    const roadmap = (await get<RoadmapResponse>("/api/roadmap")).body;
    const deployment = roadmap.stages.find((stage) => stage.id === "deployment");
    expect(deployment?.topics.find((topic) => topic.id === "docker")).toMatchObject({
      status: "done",
      exercises: { solved: ids.length, total: ids.length },
    });
    expect(deployment?.exercises.solved).toBe(ids.length);
  });

  it("leaves a topic the learner skipped alone when its exercises are solved", async () => {
    await server.app.inject({ method: "PUT", url: "/api/progress/topics/unsupervised-learning", payload: { status: "skipped" } });
    const ids = testCurriculum().topicsById.get("unsupervised-learning")?.exerciseIds ?? [];
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const body = (
        await attempt(id, { runtime: "browser", code: "# solved in the browser", result: browserPass(3) })
      ).json<AttemptResponse>();
      expect(body.solved).toBe(true);
      expect(body.topic.status).toBe("skipped");
    }
  });

  it("counts a topic's solved exercises only once each, and shows them on the topic", async () => {
    await attempt("dot-product", { runtime: "browser", code: "x", result: browserPass(2) });
    const again = (
      await attempt("dot-product", { runtime: "browser", code: "x", result: browserPass(2) })
    ).json<AttemptResponse>();
    expect(again).toMatchObject({ solved: true, newlySolved: false });
    const topic = (await get<TopicResponse>("/api/topics/linear-algebra")).body;
    expect(topic.exerciseCount.solved).toBe(1);
    expect(topic.exercises.find((item) => item.id === "dot-product")?.solved).toBe(true);
    expect(topic.status).not.toBe("done"); // other linear-algebra exercises are still open
  });

  it("does not count a failing run as solved", async () => {
    const failing: GradingResult = { ...browserPass(2), status: "fail", message: "1 of 2 passed, 1 failed." };
    const body = (await attempt("bayes-rule", { runtime: "browser", code: "x", result: failing })).json<AttemptResponse>();
    expect(body).toMatchObject({ solved: false, newlySolved: false });
    expect((await get<ExerciseResponse>("/api/exercises/bayes-rule")).body.attempts.latest?.status).toBe("fail");
  });

  it.each([
    ["an unknown runtime", { runtime: "cloud", code: "x" }, /runtime/],
    ["a browser attempt without results", { runtime: "browser", code: "x" }, /result/],
    [
      "a result with an impossible status",
      { runtime: "browser", code: "x", result: { ...browserPass(1), status: "great" } },
      /status/,
    ],
  ])("refuses %s with 400 and records nothing", async (_name, payload, message) => {
    const before = (await get<ExerciseResponse>("/api/exercises/numerical-gradient")).body.attempts.count;
    const response = await attempt("numerical-gradient", payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(message);
    expect((await get<ExerciseResponse>("/api/exercises/numerical-gradient")).body.attempts.count).toBe(before);
  });

  it("answers unknown exercises with 404", async () => {
    expect((await server.app.inject({ method: "GET", url: "/api/exercises/nope" })).statusCode).toBe(404);
    expect((await attempt("nope", { runtime: "native", code: "x" })).statusCode).toBe(404);
    const run = await server.app.inject({
      method: "POST",
      url: "/api/run",
      payload: { exerciseId: "nope", code: "x", runtime: "native" },
    });
    expect(run.statusCode).toBe(404);
  });

  it("grades without recording through POST /api/run", async () => {
    const response = await server.app.inject({
      method: "POST",
      url: "/api/run",
      payload: { exerciseId: "mean-and-variance", code: exercise("mean-and-variance").solution, runtime: "native" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<GradingResult>()).toMatchObject({ status: "pass", runtime: "native" });
    expect((await get<ExerciseResponse>("/api/exercises/mean-and-variance")).body.attempts.count).toBe(0);
  });

  it("hands out the shipped data an exercise's tests read, and grades with it on the server's Python", async () => {
    const { body } = await get<ExerciseResponse>("/api/exercises/pivot-weather-counts");
    expect(body.dataFiles).toEqual([
      {
        name: "seattle-weather.csv",
        datasetId: "seattle-weather",
        url: "/api/exercises/pivot-weather-counts/files/seattle-weather.csv",
      },
    ]);
    const file = await server.app.inject({ method: "GET", url: body.dataFiles[0]?.url ?? "" });
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("text/csv; charset=utf-8");
    const shipped = testCurriculum().datasets.find((dataset) => dataset.id === "seattle-weather")?.localPath ?? "";
    expect(file.body).toBe(readFileSync(shipped, "utf8"));
    const other = await server.app.inject({ method: "GET", url: "/api/exercises/pivot-weather-counts/files/sp500.csv" });
    expect(other.statusCode).toBe(404);
    expect(other.json<{ message: string }>().message).toMatch(/reads no file "sp500.csv"/);
    // An exercise with no datasets lists none.
    expect((await get<ExerciseResponse>("/api/exercises/mean-and-variance")).body.dataFiles).toEqual([]);
    const graded = await server.app.inject({
      method: "POST",
      url: "/api/run",
      payload: { exerciseId: "pivot-weather-counts", code: exercise("pivot-weather-counts").solution, runtime: "native" },
    });
    expect(graded.json<GradingResult>()).toMatchObject({ status: "pass", runtime: "native" });
  });
});

describe("a server that does not run learners' code", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("sqlite", {
      serverPython: { enabled: false, reason: "STEPWISE_RUN_PYTHON=off: this server does not run learners' code." },
    });
  });
  afterAll(() => server.destroy());

  it("refuses POST /api/run and server-graded attempts with 403, but records browser attempts", async () => {
    const run = await server.app.inject({
      method: "POST",
      url: "/api/run",
      payload: { exerciseId: "dot-product", code: "x", runtime: "native" },
    });
    expect(run.statusCode).toBe(403);
    expect(run.json().message).toMatch(/STEPWISE_RUN_PYTHON/);
    const serverAttempt = await server.app.inject({
      method: "POST",
      url: "/api/exercises/dot-product/attempts",
      payload: { runtime: "pyodide", code: "x" },
    });
    expect(serverAttempt.statusCode).toBe(403);
    const browser = await server.app.inject({
      method: "POST",
      url: "/api/exercises/dot-product/attempts",
      payload: { runtime: "browser", code: "x", result: browserPass(1) },
    });
    expect(browser.statusCode).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReadinessItem, ReadinessResponse } from "../../../shared/api/index.js";
import type { QuizQuestion } from "../../../shared/content/index.js";
import { testCurriculum } from "../../../core/test-support/test-curriculum.js";
import { browserResult } from "../../test-support/browser-results.js";
import { firstColumn, rawCsv } from "../../test-support/shipped-csv.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

/** The body of a right (or wrong) answer to a quiz question. */
function answerTo(question: QuizQuestion, right: boolean): object {
  if (question.type === "numeric")
    return { questionId: question.id, value: right ? question.answer : question.answer + question.tolerance * 10 + 1 };
  const correct = question.choices.flatMap((choice, index) => (choice.correct ? [index] : []));
  const wrong = question.choices.findIndex((choice) => !choice.correct);
  return { questionId: question.id, choices: right ? correct : [wrong] };
}

function find<T extends { id: string }>(items: readonly T[], id: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`expected an item ${id}`);
  return found;
}

describe.each(DIALECTS)("readiness on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  }, 60_000);
  afterAll(() => server.destroy());

  const readiness = async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/readiness" });
    expect(response.statusCode).toBe(200);
    return response.json<ReadinessResponse>();
  };
  const outcome = (body: ReadinessResponse, stageId: string, position: number): ReadinessItem =>
    find(find(body.stages, stageId).outcomes, `${stageId}-${position}`);
  const solve = (id: string) =>
    server.app.inject({
      method: "POST",
      url: `/api/exercises/${id}/attempts`,
      payload: { runtime: "browser", code: "# solved", result: browserResult("pass", 3) },
    });
  const answerQuiz = async (topicId: string, rightAnswers: number) => {
    const questions = testCurriculum().quizzesByTopic.get(topicId)?.questions ?? [];
    for (const [index, question] of questions.entries()) {
      const response = await server.app.inject({
        method: "POST",
        url: `/api/quizzes/${topicId}/answers`,
        payload: answerTo(question, index < rightAnswers),
      });
      expect(response.statusCode).toBe(200);
    }
    return questions.length;
  };

  it("claims nothing for a learner with no work, lists every skill and one item per stage outcome, and links the first step", async () => {
    const body = await readiness();
    expect(body.skills.map((skill) => skill.id)).toEqual([
      "python",
      "machine-learning",
      "data-science",
      "deep-learning-frameworks",
      "deployment",
    ]);
    for (const stage of testCurriculum().stages)
      expect(find(body.stages, stage.id).outcomes.map((item) => item.title)).toEqual(stage.outcomes);
    expect(body.skills.every((skill) => !skill.met && skill.progress === 0)).toBe(true);
    expect(body.summary).toMatchObject({ skillsMet: 0, skillsTotal: 5, outcomesMet: 0 });
    expect(body.summary.text).toMatch(/does not show any of the 5 essential skills yet/);
    expect(body.summary.next).toEqual({ kind: "exercise", title: expect.any(String), href: "/exercises/parse-csv-line" });
  });

  it("meets a stage outcome only when every exercise is solved and the quiz is answered at least 70% right", async () => {
    for (const id of ["parse-csv-line", "word-frequencies", "group-by-key"]) expect((await solve(id)).statusCode).toBe(200);
    let item = outcome(await readiness(), "python", 1);
    expect(item.met).toBe(false);
    expect(item.requirements[0]).toMatchObject({
      kind: "exercises",
      met: false,
      have: 3,
      need: 4,
      next: [{ href: "/exercises/unique-in-order" }],
    });
    expect(item.requirements[0]?.shownBy.map((link) => link.href)).toEqual([
      "/exercises/parse-csv-line",
      "/exercises/word-frequencies",
      "/exercises/group-by-key",
    ]);
    await solve("unique-in-order");

    const questions = await answerQuiz("python-basics", 1);
    item = outcome(await readiness(), "python", 1);
    expect(item.requirements[1]).toMatchObject({
      kind: "quiz",
      met: false,
      text: expect.stringMatching(new RegExp(`${questions} of ${questions} answered, \\d+% right`)),
    });
    expect(item.met).toBe(false);
    // Answering again counts the latest answer to each question, not every answer ever given.
    await answerQuiz("python-basics", questions);
    const body = await readiness();
    expect(outcome(body, "python", 1)).toMatchObject({ met: true, progress: 1 });
    expect(body.summary).toMatchObject({ outcomesMet: 1, skillsMet: 0 });
    expect(body.summary.text).toMatch(/shows 0 of 5 essential skills and 1 of \d+ stage outcomes \(\d+ more under way\)\./);
  });

  it("counts a project only when its score beats the baseline where the item asks for that", async () => {
    const submit = (csv: string) =>
      server.app.inject({
        method: "POST",
        url: "/api/projects/sp500-forecast/submissions?fileName=p.csv",
        headers: { "content-type": "text/csv" },
        payload: csv,
      });
    const sample = (await server.app.inject({ method: "GET", url: "/api/projects/sp500-forecast/files/sample_submission.csv" }))
      .body;
    expect((await submit(sample)).statusCode).toBe(201);
    const projectRequirement = (body: ReadinessResponse) =>
      find(body.skills, "machine-learning").requirements.find((requirement) => requirement.kind === "projects");
    expect(projectRequirement(await readiness())).toMatchObject({ met: false, have: 0 });
    // The naive forecast is the baseline itself; it is scored but does not beat it.
    expect(outcome(await readiness(), "portfolio-networking", 2).requirements[0]).toMatchObject({ met: true });

    const testFile = (await server.app.inject({ method: "GET", url: "/api/projects/sp500-forecast/files/test.csv" })).body;
    const dates = new Set(firstColumn(testFile));
    const truth = rawCsv("sp500").filter((row) => dates.has(row.date as string));
    expect((await submit(["date,close", ...truth.map((row) => `${row.date},${row.close}`)].join("\n"))).statusCode).toBe(201);
    expect(projectRequirement(await readiness())).toMatchObject({
      met: true,
      have: 1,
      shownBy: [{ href: "/projects/sp500-forecast" }],
    });
  });

  it("shows a topic marked done as the learner's word, not as checked evidence", async () => {
    await server.app.inject({ method: "PUT", url: "/api/progress/topics/networking", payload: { status: "done" } });
    const selfReported = outcome(await readiness(), "portfolio-networking", 3).requirements.find(
      (requirement) => requirement.kind === "topics_done",
    );
    expect(selfReported).toMatchObject({ met: true, selfReported: true, text: expect.stringMatching(/your word, not a check/) });
  });

  it("counts a write-up only once the learner has edited the draft", async () => {
    const writeUp = async () =>
      outcome(await readiness(), "portfolio-networking", 2).requirements.find((requirement) => requirement.kind === "portfolio");
    expect(await writeUp()).toMatchObject({ met: false, have: 0, next: [{ href: "/portfolio" }] });
    await server.app.inject({ method: "POST", url: "/api/portfolio/projects/sp500-forecast/draft", payload: {} });
    expect(await writeUp()).toMatchObject({ met: false, have: 0 });
    await server.app.inject({
      method: "PUT",
      url: "/api/portfolio/projects/sp500-forecast",
      payload: { markdown: "# My forecast\n\nWhat I tried." },
    });
    expect(await writeUp()).toMatchObject({ met: true, have: 1 });
  });
});

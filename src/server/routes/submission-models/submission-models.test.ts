import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  PortfolioResponse,
  ReadinessResponse,
  LeaderboardResponse,
  ModelCheck,
  ProjectResponse,
  SubmissionListResponse,
} from "../../../shared/api/index.js";
import { PROJECT_ROOT } from "../../../core/project-root.js";
import { writeOnnxFixtures } from "../../../core/test-support/onnx-fixtures.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

const work = mkdtempSync(join(tmpdir(), "stepwise-submission-models-"));
const fixtures = writeOnnxFixtures();
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(fixtures.dir, { recursive: true, force: true });
});

/** Fits a decision tree of the given depth on train.csv in scikit-learn, writes its test predictions and its ONNX export. */
const TRAIN = `
import sys, numpy as np
from sklearn.tree import DecisionTreeClassifier
from stepwise.export import to_onnx
folder, depth = sys.argv[1], int(sys.argv[2])
train = np.loadtxt(f"{folder}/train.csv", delimiter=",", skiprows=1, dtype=str)
test = np.loadtxt(f"{folder}/test.csv", delimiter=",", skiprows=1, dtype=str)
header = open(f"{folder}/train.csv").readline().strip().split(",")
target = header.index("label")
features = [i for i in range(1, len(header)) if i != target]
model = DecisionTreeClassifier(max_depth=depth, random_state=0).fit(train[:, features].astype(float), train[:, target].astype(int))
labels = model.predict(test[:, 1:].astype(float))
with open(f"{folder}/depth{depth}.csv", "w") as out:
    out.write("id,label\\n" + "".join(f"{i},{label}\\n" for i, label in zip(test[:, 0], labels)))
to_onnx(model, f"{folder}/depth{depth}.onnx")
`;

describe.each(DIALECTS)("a project's submission and the model behind it, on %s", (dialect) => {
  let server: TestServer;
  const project = "digit-recognizer";
  beforeAll(async () => {
    server = await startTestServer(dialect, { dailySubmissions: 20 });
    for (const file of ["train.csv", "test.csv"]) {
      writeFileSync(
        join(work, file),
        (await server.app.inject({ method: "GET", url: `/api/projects/${project}/files/${file}` })).body,
      );
    }
    writeFileSync(join(work, "train.py"), TRAIN);
    for (const depth of ["10", "2"]) {
      execFileSync(process.env.STEPWISE_PYTHON ?? "python3", [join(work, "train.py"), work, depth], {
        env: { ...process.env, PYTHONPATH: join(PROJECT_ROOT, "python") },
        stdio: ["ignore", "ignore", "inherit"],
      });
    }
  }, 120_000);
  afterAll(() => server.destroy());

  const submit = async (file: string) =>
    (
      await server.app.inject({
        method: "POST",
        url: `/api/projects/${project}/submissions?fileName=${file}`,
        headers: { "content-type": "text/csv" },
        payload: readFileSync(join(work, file), "utf8"),
      })
    ).json<{ submission: { id: string } }>().submission.id;
  const upload = (name: string, bytes: Buffer) =>
    server.app.inject({
      method: "POST",
      url: `/api/models/${name}/versions`,
      headers: { "content-type": "application/octet-stream" },
      payload: bytes,
    });
  const link = (submissionId: string, name: string, version: number, projectId = project) =>
    server.app.inject({
      method: "PUT",
      url: `/api/projects/${projectId}/submissions/${submissionId}/model`,
      payload: { name, version },
    });
  const liveOnBoard = async () =>
    (await server.app.inject({ method: "GET", url: `/api/projects/${project}/leaderboard` }))
      .json<LeaderboardResponse>()
      .entries.find((entry) => entry.isMe)?.liveModel;

  it("tells which projects a model can be checked on", async () => {
    const inputs = async (id: string) =>
      (await server.app.inject({ method: "GET", url: `/api/projects/${id}` })).json<ProjectResponse>().modelInputs;
    expect(await inputs(project)).toEqual({ count: 784, first: "pixel0", last: "pixel783" });
    expect(await inputs("review-sentiment")).toBeNull();
    expect(await inputs("sp500-forecast")).toBeNull();
  });

  it("proves that the served model reproduces the submission it made, and marks the leaderboard", async () => {
    const submissionId = await submit("depth10.csv");
    expect((await upload("digits-tree", readFileSync(join(work, "depth10.onnx")))).statusCode).toBe(201);
    expect(await liveOnBoard()).toBe(false);
    const response = await link(submissionId, "digits-tree", 1);
    expect(response.statusCode).toBe(200);
    const check = response.json<ModelCheck>();
    expect(check).toMatchObject({
      model: { name: "digits-tree", version: 1 },
      reproduced: true,
      rows: 2000,
      matchingRows: 2000,
      firstDifference: null,
    });
    expect(check.servedPublicScores).toEqual(check.submittedPublicScores);
    expect(check.servedPublicScores.accuracy).toBeGreaterThan(0.7);
    expect(await liveOnBoard()).toBe(true);

    const submissions = (
      await server.app.inject({ method: "GET", url: `/api/projects/${project}/submissions` })
    ).json<SubmissionListResponse>();
    expect(submissions.submissions.find((entry) => entry.id === submissionId)?.model).toEqual({
      name: "digits-tree",
      version: 1,
      reproduced: true,
    });
    const card = (await server.app.inject({ method: "GET", url: "/api/models/digits-tree/versions/1" })).json<{
      card: { projectId: string; submissionId: string };
    }>().card;
    expect(card).toMatchObject({ projectId: project, submissionId });
    // The portfolio's write-up and the readiness checklist both count the reproduced deployment.
    const portfolio = (await server.app.inject({ method: "GET", url: "/api/portfolio" })).json<PortfolioResponse>();
    expect(portfolio.skills).toMatchObject({ modelsDeployed: 1, modelsReproducing: 1 });
    const writeUp = portfolio.entries.find((entry) => entry.projectId === project)?.markdown ?? "";
    expect(writeUp).toContain("## Deployed model");
    expect(writeUp).toContain(
      "`digits-tree` version 1, served at `/api/models/digits-tree/versions/1/predict`. Stepwise ran the test inputs",
    );
    const deployment = (await server.app.inject({ method: "GET", url: "/api/readiness" }))
      .json<ReadinessResponse>()
      .skills.find((skill) => skill.id === "deployment");
    expect(deployment?.requirements.find((requirement) => requirement.kind === "models")).toMatchObject({ met: true, have: 1 });
    expect(
      (await server.app.inject({ method: "GET", url: `/api/projects/${project}/submissions/${submissionId}/model` })).json(),
    ).toEqual(check);
    // The check went through the endpoint, so it shows on the version's metrics.
    const minutes = (await server.app.inject({ method: "GET", url: "/api/models/digits-tree/versions/1/metrics" })).json<{
      minutes: { requests: number }[];
    }>().minutes;
    expect(minutes.reduce((sum, minute) => sum + minute.requests, 0)).toBeGreaterThanOrEqual(8);
  });

  it("says where another model differs, and a model no longer served is no longer live", async () => {
    const submissionId =
      (await server.app.inject({ method: "GET", url: `/api/projects/${project}/submissions` })).json<SubmissionListResponse>()
        .submissions[0]?.id ?? "";
    await upload("digits-tree", readFileSync(join(work, "depth2.onnx")));
    const check = (await link(submissionId, "digits-tree", 2)).json<ModelCheck>();
    expect(check.reproduced).toBe(false);
    expect(check.matchingRows).toBeLessThan(2000);
    expect(check.firstDifference).toMatchObject({ id: expect.stringMatching(/^img-/) });
    expect(check.firstDifference?.submitted).not.toBe(check.firstDifference?.served);
    expect(await liveOnBoard()).toBe(false);

    expect((await link(submissionId, "digits-tree", 1)).json<ModelCheck>().reproduced).toBe(true);
    expect(await liveOnBoard()).toBe(true);
    expect((await server.app.inject({ method: "DELETE", url: "/api/models/digits-tree/versions/1" })).statusCode).toBe(204);
    expect(await liveOnBoard()).toBe(false);
  });

  it.each([
    ["an unknown model", () => ({ name: "nobody", version: 1 }), 404, /no model named "nobody"/],
    [
      "a model that takes other inputs",
      () => ({ name: "eight", version: 1 }),
      400,
      /could not predict the test inputs \(784 numbers per row, pixel0 … pixel783\).*takes 8 per instance/,
    ],
  ])("refuses %s with a message", async (_, body, status, message) => {
    await upload("eight", fixtures.read("classifier"));
    const submissionId =
      (await server.app.inject({ method: "GET", url: `/api/projects/${project}/submissions` })).json<SubmissionListResponse>()
        .submissions[0]?.id ?? "";
    const { name, version } = body();
    const response = await link(submissionId, name, version);
    expect(response.statusCode).toBe(status);
    expect(response.json<{ message: string }>().message).toMatch(message);
  });

  it("refuses projects whose test inputs are not numbers, and submissions of others", async () => {
    const sample = (await server.app.inject({ method: "GET", url: "/api/projects/sp500-forecast/files/sample_submission.csv" }))
      .body;
    const sp500 = (
      await server.app.inject({
        method: "POST",
        url: "/api/projects/sp500-forecast/submissions",
        headers: { "content-type": "text/csv" },
        payload: sample,
      })
    ).json<{ submission: { id: string } }>().submission.id;
    const refused = await link(sp500, "eight", 1, "sp500-forecast");
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ message: string }>().message).toMatch(/not all numbers/);
    expect((await link("not-mine", "eight", 1)).statusCode).toBe(404);
  });
});

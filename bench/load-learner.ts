import type { Curriculum } from "../src/shared/content/index.js";
import { json, type LoadClient } from "./load-client.js";

/** What the simulated learners work on, read from the curriculum and the projects' sample files. */
export interface LoadWorld {
  readonly stageIds: readonly string[];
  readonly topicIds: readonly string[];
  readonly exerciseIds: readonly string[];
  readonly quizzes: readonly { readonly topicId: string; readonly questionId: string; readonly numeric: boolean }[];
  /** Projects with a valid submission (the sample) and the per-learner daily limit. */
  readonly projects: readonly { readonly id: string; readonly csv: string; readonly dailyLimit: number }[];
}

/** The curriculum's ids, for a {@link LoadWorld} (projects are added once their samples are fetched). */
export function worldOf(curriculum: Curriculum): Omit<LoadWorld, "projects"> {
  return {
    stageIds: curriculum.stages.map((stage) => stage.id),
    topicIds: [...curriculum.topicsById.keys()],
    exerciseIds: [...curriculum.exercisesById.keys()],
    quizzes: [...curriculum.quizzesByTopic].flatMap(([topicId, quiz]) =>
      quiz.questions.map((question) => ({ topicId, questionId: question.id, numeric: question.type === "numeric" })),
    ),
  };
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

/** A failed run as the browser reports it: the server records it and queues its verification. */
const browserResult = {
  status: "fail",
  message: "1 of 1 tests failed",
  tests: [{ name: "test_example", status: "fail", message: "assert 0 == 1", output: "", durationMs: 0.4 }],
  output: "",
  durationMs: 3.2,
  runtime: "browser",
} as const;

/** One learner's session of work: each step is what a page or a click sends. */
export class SimulatedLearner {
  /** Submissions made per project today, so that no submission goes over the daily limit. */
  private readonly submitted = new Map<string, number>();
  private notes = 0;

  constructor(
    private readonly client: LoadClient,
    private readonly world: LoadWorld,
  ) {}

  /** The steps and how often a learner takes each (weights out of 100). */
  private readonly steps: readonly (readonly [number, () => Promise<unknown>])[] = [
    [8, () => this.client.send("GET /api/roadmap", "GET", "/api/roadmap")],
    [8, () => this.client.send("GET /api/stages/:stageId", "GET", `/api/stages/${pick(this.world.stageIds)}`)],
    [12, () => this.client.send("GET /api/topics/:topicId", "GET", `/api/topics/${pick(this.world.topicIds)}`)],
    [10, () => this.client.send("GET /api/exercises/:exerciseId", "GET", `/api/exercises/${pick(this.world.exerciseIds)}`)],
    [6, () => this.client.send("GET /api/progress", "GET", "/api/progress")],
    [
      10,
      () =>
        this.client.send(
          "PUT /api/progress/topics/:topicId",
          "PUT",
          `/api/progress/topics/${pick(this.world.topicIds)}`,
          json({ status: pick(["learning", "done", "todo"]) }),
        ),
    ],
    [
      8,
      () =>
        this.client.send(
          "PUT /api/notes/topics/:topicId",
          "PUT",
          `/api/notes/topics/${pick(this.world.topicIds)}`,
          json({ text: `Note ${(this.notes += 1)}: the gradient points uphill; step against it.` }),
        ),
    ],
    [6, () => this.client.send("GET /api/quizzes/:topicId", "GET", `/api/quizzes/${pick(this.world.quizzes).topicId}`)],
    [10, () => this.answer()],
    [
      10,
      () =>
        this.client.send(
          "PUT /api/exercises/:exerciseId/draft",
          "PUT",
          `/api/exercises/${pick(this.world.exerciseIds)}/draft`,
          json({ code: `def solve(x):\n    return x  # try ${Math.random()}\n` }),
        ),
    ],
    [
      8,
      () =>
        this.client.send(
          "POST /api/exercises/:exerciseId/attempts",
          "POST",
          `/api/exercises/${pick(this.world.exerciseIds)}/attempts`,
          json({ runtime: "browser", code: "def solve(x):\n    return 0\n", result: browserResult }),
        ),
    ],
    [4, () => this.submit()],
  ];

  /** Takes one step, chosen at random by weight. */
  async step(): Promise<void> {
    const total = this.steps.reduce((sum, [weight]) => sum + weight, 0);
    let roll = Math.random() * total;
    for (const [weight, run] of this.steps) {
      roll -= weight;
      if (roll < 0) {
        await run();
        return;
      }
    }
  }

  private answer() {
    const question = pick(this.world.quizzes);
    return this.client.send(
      "POST /api/quizzes/:topicId/answers",
      "POST",
      `/api/quizzes/${question.topicId}/answers`,
      json(question.numeric ? { questionId: question.questionId, value: 1 } : { questionId: question.questionId, choices: [0] }),
    );
  }

  /** A project submission while today's limit allows one; else the leaderboard, as the page would show. */
  private submit() {
    const project = pick(this.world.projects);
    const used = this.submitted.get(project.id) ?? 0;
    if (used >= project.dailyLimit)
      return this.client.send("GET /api/projects/:projectId/leaderboard", "GET", `/api/projects/${project.id}/leaderboard`);
    this.submitted.set(project.id, used + 1);
    return this.client.send(
      "POST /api/projects/:projectId/submissions",
      "POST",
      `/api/projects/${project.id}/submissions?fileName=load.csv`,
      { type: "text/csv", text: project.csv },
    );
  }
}

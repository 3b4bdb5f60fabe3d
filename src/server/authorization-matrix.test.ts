import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonFromPage, signUp, startMultiUserServer } from "./test-support/accounts.js";
import { DIALECTS, type TestServer } from "./test-support/test-dialects.js";

/**
 * Every route the API documents, against every kind of caller, in multi-user mode: the routes
 * come from the OpenAPI document, so a new route is covered (or, if it is open to anonymous
 * callers, must be added to OPEN below on purpose). The learners' data is marked with strings
 * that must never appear in an answer to anyone else.
 */
const OPEN = new Set(["GET /api/health", "GET /api/me"]);
/** Administration: every route under /api/admin/, a new one included; everyone else signed in gets 403. */
const isAdminOnly = (route: { path: string }) => route.path.startsWith("/api/admin/");
/** What visitors may read once an administrator opens every public area, and nothing more. */
const OPEN_TO_VISITORS = new Set([
  "GET /api/roadmap",
  "GET /api/stages/{stageId}",
  "GET /api/topics/{topicId}",
  "GET /api/faq",
  "GET /api/datasets",
  "GET /api/datasets/{datasetId}",
  "GET /api/datasets/{datasetId}/download",
]);

const SECRET = { note: "ADA-NOTE-7f3a", draft: "ADA_DRAFT_7f3a = 1", attempt: "ADA_ATTEMPT_7f3a = 2" };

interface Route {
  readonly method: string;
  readonly path: string;
}

async function documentedRoutes(app: FastifyInstance): Promise<Route[]> {
  // From the app itself: in multi-user mode /api/docs/json is behind sign-in too.
  await app.ready();
  const doc = app.swagger() as unknown as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.keys(methods)
      .filter((method) => ["get", "post", "put", "patch", "delete"].includes(method))
      .map((method) => ({ method: method.toUpperCase(), path })),
  );
}

describe.each(DIALECTS)("the authorization matrix (%s)", (dialect) => {
  let server: TestServer;
  let app: FastifyInstance;
  let routes: Route[];
  const who: Record<string, string> = {};
  const ids: Record<string, string> = {};

  /** A route's URL with its parameters filled in with Ada's things. */
  const urlOf = (route: Route) =>
    route.path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(ids[name] ?? "x"));
  const send = (route: Route, cookie?: string) =>
    app.inject({
      method: route.method as "GET",
      url: urlOf(route),
      headers:
        route.method === "GET" || route.method === "DELETE"
          ? { host: "localhost", ...(cookie ? { cookie } : {}) }
          : jsonFromPage(cookie),
      ...(route.method === "GET" || route.method === "DELETE" ? {} : { payload: {} }),
    });

  beforeAll(async () => {
    server = await startMultiUserServer(dialect);
    app = server.app;
    for (const name of ["admin", "ada", "bob", "ian"]) who[name] = (await signUp(app, `${name}@example.org`, name)).cookie;
    const idOf = async (email: string) =>
      (await app.db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow()).id;
    await app.inject({
      method: "PATCH",
      url: `/api/admin/users/${await idOf("ian@example.org")}`,
      headers: jsonFromPage(who.admin),
      payload: { role: "instructor" },
    });
    ids.userId = await idOf("ada@example.org");
    ids.sessionId = (
      await app.db.selectFrom("auth_sessions").select("id").where("user_id", "=", ids.userId).executeTakeFirstOrThrow()
    ).id;
    ids.topicId = [...app.curriculum.topicsById.keys()][0] ?? "";
    ids.exerciseId = [...app.curriculum.exercisesById.keys()][0] ?? "";
    ids.projectId = app.curriculum.projects[0]?.id ?? "";
    ids.stageId = app.curriculum.stages[0]?.id ?? "";
    // Ada's private things.
    const ada = (method: "PUT" | "POST", url: string, payload: object) =>
      app.inject({ method, url, headers: jsonFromPage(who.ada), payload });
    expect((await ada("PUT", `/api/notes/topics/${ids.topicId}`, { text: SECRET.note })).statusCode).toBe(200);
    expect((await ada("PUT", `/api/exercises/${ids.exerciseId}/draft`, { code: SECRET.draft, change: "edit" })).statusCode).toBe(
      200,
    );
    const result = { status: "fail", message: "0 of 1", tests: [], output: "", durationMs: 1, runtime: "browser" };
    expect(
      (await ada("POST", `/api/exercises/${ids.exerciseId}/attempts`, { runtime: "browser", code: SECRET.attempt, result }))
        .statusCode,
    ).toBe(200);
    const cohort = await app.inject({
      method: "POST",
      url: "/api/cohorts",
      headers: jsonFromPage(who.ian),
      payload: { name: "Ian's" },
    });
    ids.cohortId = cohort.json<{ id: string }>().id;
    // Ada learns in Ian's cohort; Bob in none.
    const invite = await app.inject({
      method: "POST",
      url: `/api/cohorts/${ids.cohortId}/invites`,
      headers: jsonFromPage(who.ian),
      payload: {},
    });
    await ada("POST", "/api/cohorts/join", { token: invite.json<{ token: string }>().token });
    routes = await documentedRoutes(app);
  }, 90_000);
  afterAll(() => server.destroy());

  it("documents the routes it checks (a sanity check on the matrix itself)", () => {
    expect(routes.length).toBeGreaterThan(60);
    expect(routes).toContainEqual({ method: "GET", path: "/api/progress" });
  });

  it("answers 401 to anonymous callers on every route but the open ones", async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      const status = (await send(route)).statusCode;
      if (OPEN.has(key) ? status === 401 : status !== 401) wrong.push(`${key} → ${status}`);
    }
    expect(wrong).toEqual([]);
  });

  it("lets visitors read only the public areas an administrator opened, and nothing of anyone's", async () => {
    const wrong: string[] = [];
    for (const area of ["curriculum", "datasets"]) {
      const opened = await app.inject({
        method: "PUT",
        url: `/api/admin/public-areas/${area}`,
        headers: jsonFromPage(who.admin),
        payload: { open: true },
      });
      expect(opened.statusCode).toBe(200);
    }
    try {
      for (const route of routes) {
        const key = `${route.method} ${route.path}`;
        const response = await send(route);
        const expected = OPEN.has(key) || OPEN_TO_VISITORS.has(key) ? "open" : "401";
        const got = response.statusCode === 401 ? "401" : "open";
        if (expected !== got) wrong.push(`${key} → ${response.statusCode}`);
        for (const [what, secret] of Object.entries(SECRET))
          if (response.body.includes(secret)) wrong.push(`visitor: ${route.path} shows Ada's ${what}`);
      }
    } finally {
      for (const area of ["curriculum", "datasets"])
        await app.inject({
          method: "PUT",
          url: `/api/admin/public-areas/${area}`,
          headers: jsonFromPage(who.admin),
          payload: { open: false },
        });
    }
    expect(wrong).toEqual([]);
  });

  it("never shows a learner's notes to anyone else, nor their code but to their cohort's instructor, on any route, whatever the ids", async () => {
    const leaks: string[] = [];
    // Bob is another learner: nothing of Ada's. Ian teaches Ada: her code and runs (to help), never her notes.
    const hidden: Record<string, [string, string][]> = { bob: Object.entries(SECRET), ian: [["note", SECRET.note]] };
    for (const [caller, secrets] of Object.entries(hidden)) {
      for (const route of routes.filter((r) => r.method === "GET")) {
        const body = (await send(route, who[caller])).body;
        for (const [what, secret] of secrets)
          if (body.includes(secret)) leaks.push(`${caller}: ${route.path} shows Ada's ${what}`);
      }
    }
    expect(leaks).toEqual([]);
    // The markers are where the check looks: Ada sees her code, and her instructor does too.
    const own = await app.inject({ method: "GET", url: `/api/exercises/${ids.exerciseId}`, headers: { cookie: who.ada } });
    expect(own.body).toContain(SECRET.draft);
    const taught = await app.inject({
      method: "GET",
      url: `/api/cohorts/${ids.cohortId}/learners/${ids.userId}/exercises/${ids.exerciseId}`,
      headers: { cookie: who.ian },
    });
    expect(taught.body).toContain(SECRET.attempt);
  });

  it("keeps administration to administrators and a cohort's dashboard to its instructors", async () => {
    const wrong: string[] = [];
    const administration = routes.filter(isAdminOnly);
    // Users, invitations, the audit log, public areas and the grading queue at least.
    expect(administration.length).toBeGreaterThanOrEqual(10);
    expect(administration).toContainEqual({ method: "POST", path: "/api/admin/grading/retry" });
    for (const route of administration) {
      for (const caller of ["ada", "ian"]) {
        const status = (await send(route, who[caller])).statusCode;
        if (status !== 403) wrong.push(`${caller}: ${route.method} ${route.path} → ${status}`);
      }
      if ((await send(route, who.admin)).statusCode === 403) wrong.push(`admin refused: ${route.method} ${route.path}`);
    }
    for (const route of routes.filter((r) => r.path.startsWith("/api/cohorts/{cohortId}/"))) {
      const asLearner = (await send(route, who.bob)).statusCode;
      if (asLearner !== 404) wrong.push(`bob (not in the cohort): ${route.method} ${route.path} → ${asLearner}`);
      const asTeacher = (await send(route, who.ian)).statusCode;
      if ([401, 403, 404].includes(asTeacher)) wrong.push(`ian (its instructor): ${route.method} ${route.path} → ${asTeacher}`);
    }
    expect(wrong).toEqual([]);
  });

  it("never changes Ada's things when someone else writes to every route with her ids", async () => {
    const snapshot = async () =>
      JSON.stringify(
        await Promise.all([
          app.db
            .selectFrom("topic_notes")
            .selectAll()
            .where("user_id", "=", ids.userId ?? "")
            .execute(),
          app.db
            .selectFrom("exercise_drafts")
            .selectAll()
            .where("user_id", "=", ids.userId ?? "")
            .execute(),
          app.db
            .selectFrom("exercise_attempts")
            .selectAll()
            .where("user_id", "=", ids.userId ?? "")
            .execute(),
          app.db
            .selectFrom("users")
            .select(["role", "disabled"])
            .where("id", "=", ids.userId ?? "")
            .execute(),
          app.db
            .selectFrom("auth_sessions")
            .select("id")
            .where("user_id", "=", ids.userId ?? "")
            .execute(),
        ]),
      );
    const before = await snapshot();
    // Signing out everywhere ends Bob's own session: it goes last, so that every other write is tried signed in.
    const signsOut = (r: Route) => r.method === "DELETE" && r.path === "/api/sessions";
    const writes = routes.filter((r) => r.method !== "GET" && !signsOut(r)).concat(routes.filter(signsOut));
    for (const route of writes) await send(route, who.bob);
    expect(await snapshot()).toBe(before);
  });
});

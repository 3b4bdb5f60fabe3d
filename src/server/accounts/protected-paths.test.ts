import { describe, expect, it } from "vitest";
import { needsSignIn } from "./protected-paths.js";

describe("what multi-user mode keeps behind sign-in", () => {
  it.each(["/api/progress", "/api/exercises/dot-product?x=1", "/api", "/v2/models/digits/infer", "/metrics", "/api/docs/json"])(
    "%s needs it",
    (url) => expect(needsSignIn(url)).toBe(true),
  );
  it.each([
    "/api/auth/sign-in/email",
    "/api/health",
    "/api/me",
    "/",
    "/exercises/dot-product",
    "/assets/index.js",
    "/pyodide/x.wasm",
    "/apiary",
    "/v2x",
  ])("%s does not", (url) => expect(needsSignIn(url)).toBe(false));
});

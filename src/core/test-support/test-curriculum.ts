import { join } from "node:path";
import type { Curriculum } from "../../shared/content/index.js";
import { loadCurriculum } from "../content/load-curriculum.js";
import { PROJECT_ROOT } from "../project-root.js";

let sharedCurriculum: Curriculum | undefined;

/** The real curriculum, loaded once per test file. */
export function testCurriculum(): Curriculum {
  sharedCurriculum ??= loadCurriculum(join(PROJECT_ROOT, "content"));
  return sharedCurriculum;
}

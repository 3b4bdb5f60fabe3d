import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runPythonScript } from "../runner/native/run-script.js";
import { createSemaphore } from "../runner/semaphore.js";
import type { Topic } from "../shared/content/index.js";
import { outputDifference, shownOutput } from "./lesson-output.js";

export interface LessonCodeProblem {
  readonly topicId: string;
  /** 1-based position among the lesson's Python blocks. */
  readonly block: number;
  readonly problem: string;
}

/** The ```python blocks of a lesson, in order. */
export function pythonBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```python[^\n]*\n([\s\S]*?)^```/gm)].map((match) => match[1] ?? "");
}

/**
 * Runs every Python block of every lesson as a script, each in an empty folder; lists the ones that
 * fail and the ones whose printed output is not what their `# ->` comments show.
 */
export async function verifyLessonCode(
  topics: readonly Topic[],
  python: string,
  onProgress: (done: number, total: number) => void,
): Promise<LessonCodeProblem[]> {
  const blocks = topics.flatMap((topic) =>
    pythonBlocks(topic.lesson.markdown).map((code, index) => ({ topic, code, block: index + 1 })),
  );
  const limit = createSemaphore(2);
  let done = 0;
  const problems: LessonCodeProblem[] = [];
  await Promise.all(
    blocks.map(({ topic, code, block }) =>
      limit(async () => {
        // A fresh folder per block: examples may write files (a saved figure) and must not see each other's.
        const cwd = mkdtempSync(join(tmpdir(), "stepwise-lesson-"));
        try {
          const outcome = await runPythonScript({ python, code, cwd, timeoutMs: 60_000 });
          if (!outcome.ok) {
            problems.push({ topicId: topic.id, block, problem: `does not run: ${outcome.problem ?? "failed"}` });
            return;
          }
          const shown = shownOutput(code);
          const difference = shown.length > 0 ? outputDifference(shown, outcome.stdout) : null;
          if (difference)
            problems.push({ topicId: topic.id, block, problem: `prints other output than it shows: ${difference}` });
        } finally {
          rmSync(cwd, { recursive: true, force: true });
          done += 1;
          onProgress(done, blocks.length);
        }
      }),
    ),
  );
  return problems.sort((a, b) => a.topicId.localeCompare(b.topicId) || a.block - b.block);
}

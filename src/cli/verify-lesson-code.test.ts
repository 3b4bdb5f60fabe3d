import { describe, expect, it } from "vitest";
import { testCurriculum } from "../core/test-support/test-curriculum.js";
import type { Topic } from "../shared/content/index.js";
import { pythonBlocks, verifyLessonCode } from "./verify-lesson-code.js";

const python = process.env.STEPWISE_PYTHON ?? "python3";
const withLesson = (id: string, markdown: string): Topic => {
  const base = testCurriculum().topicsById.get("calculus");
  if (!base) throw new Error("test setup");
  return { ...base, id, lesson: { ...base.lesson, markdown } };
};

describe("checking that lesson code runs", () => {
  it("finds the python blocks and nothing else", () => {
    const markdown = "Text\n\n```python\nprint(1)\n```\n\n```bash\nls\n```\n\n```python\nx = 2\n```\n";
    expect(pythonBlocks(markdown)).toEqual(["print(1)\n", "x = 2\n"]);
  });

  it("accepts code that runs and names the lesson and block of code that does not", async () => {
    const good = withLesson("good-topic", "```python\nimport math\nprint(math.sqrt(4))  # -> 2.0\n```\n");
    const bad = withLesson("bad-topic", "```python\nprint('fine')\n```\n\n```python\nprint(undefined_name)\n```\n");
    const problems = await verifyLessonCode([good, bad], python, () => undefined);
    expect(problems).toEqual([
      { topicId: "bad-topic", block: 2, problem: expect.stringMatching(/^does not run: .*NameError: name 'undefined_name'/) },
    ]);
  });

  it("names a block whose printed output is not what its # -> comments show", async () => {
    const drifted = withLesson("drifted-topic", "```python\nprint(2 + 2)  # -> 5\nprint('ok')  # -> ok\n```\n");
    const varying = withLesson("varying-topic", "```python\nprint(2 + 2)\n# ~> 5\n```\n");
    expect(await verifyLessonCode([drifted, varying], python, () => undefined)).toEqual([
      {
        topicId: "drifted-topic",
        block: 1,
        problem: 'prints other output than it shows: the # -> lines show "5 ok" but the code printed "4 ok"',
      },
    ]);
  });
});

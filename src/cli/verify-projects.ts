import type { Curriculum } from "../shared/content/index.js";
import { validateSubmission } from "../shared/projects/validate-submission.js";
import { prepareProject } from "../core/projects/project-data-cache.js";

export interface ProjectProblem {
  readonly folder: string;
  readonly problem: string;
}

/**
 * Builds every project's split and files and proves them usable: the sample submission passes
 * the same validation learners face, and test.csv never carries the target.
 */
export function verifyProjects(curriculum: Curriculum): ProjectProblem[] {
  const problems: ProjectProblem[] = [];
  for (const project of curriculum.projects) {
    try {
      const { data } = prepareProject(curriculum, project);
      const testHeader = data.files["test.csv"].text.slice(0, data.files["test.csv"].text.indexOf("\n")).split(",");
      if (testHeader.includes(project.target))
        problems.push({ folder: project.folder, problem: `test.csv holds the target ${project.target}` });
      validateSubmission(data.files["sample_submission.csv"].text, data.spec, data.testIds, data.positionOf);
      if (data.publicRows === 0 || data.publicRows === data.testIds.length) {
        problems.push({
          folder: project.folder,
          problem: "the split leaves the public or the private leaderboard empty; change public_fraction",
        });
      }
    } catch (error) {
      problems.push({ folder: project.folder, problem: (error as Error).message });
    }
  }
  return problems;
}

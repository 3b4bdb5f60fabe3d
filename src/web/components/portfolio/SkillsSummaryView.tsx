import type { SkillsSummary } from "../../../shared/api/index.js";
import { skillsLines } from "../../../shared/portfolio/skills-summary.js";
import { ScrollTable } from "../ScrollTable.js";

/** What Stepwise can vouch for: solved exercises per stage, quiz accuracy, projects scored, models deployed. */
export function SkillsSummaryView({ skills }: { skills: SkillsSummary }) {
  return (
    <section className="panel" aria-labelledby="skills-heading">
      <h2 id="skills-heading">Skills verified by Stepwise</h2>
      <p className="muted">
        Counted from recorded work only — tests that passed, answers given, scores on hidden test sets — never from a status you
        set.
      </p>
      <ul>
        {skillsLines(skills).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <ScrollTable label="Exercises solved per stage">
        <table>
          <caption className="visually-hidden">Exercises solved per stage</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Solved</th>
            </tr>
          </thead>
          <tbody>
            {skills.stages
              .filter((stage) => stage.total > 0)
              .map((stage) => (
                <tr key={stage.id}>
                  <td>
                    {stage.order}. {stage.title}
                  </td>
                  <td>
                    {stage.solved} of {stage.total}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}

import { Link } from "react-router";
import { webPaths } from "../../shared/web-paths.js";
import { useReadiness } from "../api/readiness-queries.js";
import { QueryState } from "../components/QueryState.js";
import { ReadinessItemView } from "../components/readiness/ReadinessItemView.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";
import "./ReadinessPage.css";

/** The FAQ's essential skills and every stage outcome, each checked against the learner's own work. */
export function ReadinessPage() {
  const readiness = useReadiness();
  useDocumentTitle("Readiness");
  return (
    <QueryState query={readiness}>
      {(data) => (
        <div className="page">
          <h1>Are you ready?</h1>
          <p className="lead">{data.summary.text}</p>
          <p className="muted">
            Each item below is checked against what Stepwise recorded: exercises whose tests passed, quiz answers, project scores
            on hidden test sets and models you deployed. Only items marked “Your word” rest on a topic you marked done yourself.
          </p>
          {data.summary.next ? (
            <p>
              Next step: <Link to={data.summary.next.href}>{data.summary.next.title}</Link>
            </p>
          ) : null}
          <section aria-labelledby="skills-heading">
            <h2 id="skills-heading">
              Essential skills{" "}
              <span className="muted readiness-count">
                {data.summary.skillsMet} of {data.summary.skillsTotal} shown
              </span>
            </h2>
            <p className="muted">
              The skills the roadmap’s <Link to={webPaths.faq()}>FAQ</Link> names for an AI engineer.
            </p>
            {data.skills.map((skill) => (
              <ReadinessItemView key={skill.id} item={skill} headingLevel="h3" />
            ))}
          </section>
          <section aria-labelledby="outcomes-heading">
            <h2 id="outcomes-heading">
              Stage outcomes{" "}
              <span className="muted readiness-count">
                {data.summary.outcomesMet} of {data.summary.outcomesTotal} shown
              </span>
            </h2>
            {data.stages.map((stage) => {
              const met = stage.outcomes.filter((outcome) => outcome.met).length;
              // Stages under way start open: that is where the next evidence comes from.
              const underWay = met < stage.outcomes.length && stage.outcomes.some((outcome) => outcome.progress > 0);
              return (
                <details key={stage.id} className="readiness-stage" open={underWay}>
                  <summary>
                    <h3 className="readiness-stage__title">
                      Stage {stage.order}: {stage.title}
                    </h3>
                    <span className="muted">
                      {met} of {stage.outcomes.length} shown
                    </span>
                  </summary>
                  {stage.outcomes.map((outcome) => (
                    <ReadinessItemView key={outcome.id} item={outcome} headingLevel="h4" />
                  ))}
                  <p>
                    <Link to={webPaths.stage(stage.id)}>Open stage {stage.order}</Link>
                  </p>
                </details>
              );
            })}
          </section>
        </div>
      )}
    </QueryState>
  );
}

import { Link } from "react-router";
import type { ProjectResponse } from "../../../shared/api/index.js";
import { webPaths } from "../../../shared/web-paths.js";
import { LessonHtml } from "../LessonHtml.js";
import "./ProjectSteps.css";

/** The guided path through the project, each step with the exercise that practises it. */
export function ProjectSteps({ steps }: { steps: ProjectResponse["steps"] }) {
  return (
    <section aria-labelledby="steps-heading" id="steps">
      <h2 id="steps-heading">Steps</h2>
      <ol className="project-steps">
        {steps.map((step, index) => (
          <li key={index} className="project-step">
            <h3 className="project-step__title">
              <span className="project-step__number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="visually-hidden">Step {index + 1}: </span>
              {step.title}
            </h3>
            <LessonHtml html={step.html} label={`Step ${index + 1}: ${step.title}`} />
            {step.exercise ? (
              <p className="project-step__exercise">
                Practise it: <Link to={webPaths.exercise(step.exercise.id)}>{step.exercise.title}</Link>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

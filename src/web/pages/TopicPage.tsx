import { Link, useParams } from "react-router";
import { webPaths } from "../../shared/web-paths.js";
import { count } from "../../shared/text/plural.js";
import { useIsVisitor, useMe } from "../api/account-queries.js";
import { useSetTopicStatus, useTopic } from "../api/queries.js";
import { VisitorCallout } from "../components/accounts/VisitorCallout.js";
import { LessonHtml } from "../components/LessonHtml.js";
import { NoteEditor } from "../components/NoteEditor.js";
import { QueryState } from "../components/QueryState.js";
import { QuizPanel } from "../components/QuizPanel.js";
import { ResourceList } from "../components/ResourceList.js";
import { StatusBadge } from "../components/StatusBadge.js";
import { StatusControl } from "../components/StatusControl.js";
import { useBrowserPython } from "../hooks/use-browser-python.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";
import { topicStartsPython } from "../python/topic-head-start.js";
import "./TopicPage.css";

export function TopicPage() {
  const { topicId = "" } = useParams();
  const topic = useTopic(topicId);
  const setStatus = useSetTopicStatus(topicId);
  const visitor = useIsVisitor();
  useBrowserPython(topicStartsPython(topic.data, useMe().data));
  useDocumentTitle(topic.data?.title);
  return (
    <QueryState query={topic}>
      {(data) => (
        <article className="page">
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link to={webPaths.roadmap()}>Roadmap</Link> ›{" "}
            <Link to={webPaths.stage(data.stage.id)}>
              Stage {data.stage.order}: {data.stage.title}
            </Link>
          </nav>
          <h1>{data.title}</h1>
          <p className="lead">{data.summary}</p>
          <p className="muted">
            About {data.estimatedHours} hours · {data.lesson.wordCount.toLocaleString()}-word lesson
          </p>
          {data.prerequisites.length > 0 ? (
            <div className="prerequisites">
              <h2 className="h-small">Before this topic</h2>
              <ul>
                {data.prerequisites.map((prerequisite) => (
                  <li key={prerequisite.id}>
                    <Link to={webPaths.topic(prerequisite.id)}>{prerequisite.title}</Link>{" "}
                    {visitor ? null : <StatusBadge status={prerequisite.status} />}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {visitor ? (
            <VisitorCallout adds="mark this topic, try its exercises and quiz, and keep notes" />
          ) : (
            <StatusControl value={data.status} onChange={(status) => setStatus.mutate(status)} />
          )}
          {setStatus.isError ? (
            <p role="alert" className="text-danger">
              Your status was not saved: {setStatus.error.message}
            </p>
          ) : null}
          {data.projects.map((project) => (
            <aside key={project.id} className="callout project-callout" aria-label={`Project: ${project.title}`}>
              <p>
                <strong>Project:</strong> <Link to={webPaths.project(project.id)}>{project.title}</Link> — {project.summary}
              </p>
            </aside>
          ))}
          {data.exercises.length > 0 ? (
            <section aria-labelledby="exercises-heading">
              <h2 id="exercises-heading">
                {visitor
                  ? `Practice: ${count(data.exerciseCount.total, "exercise")}`
                  : `Practice: ${data.exerciseCount.solved} of ${data.exerciseCount.total} exercises solved`}
              </h2>
              <ul className="exercise-links">
                {data.exercises.map((exercise) => (
                  <li key={exercise.id}>
                    <Link to={webPaths.exercise(exercise.id)}>{exercise.title}</Link>
                    <span className="muted">{"★".repeat(exercise.difficulty)}</span>
                    {exercise.requires.length > 0 ? <span className="badge">{exercise.requires.join(", ")}</span> : null}
                    {visitor ? null : exercise.solved ? (
                      <span className="status status--done">✓ Solved</span>
                    ) : (
                      <span className="status status--todo">○ Not solved</span>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <LessonHtml html={data.lesson.html} label="Lesson" />
          {visitor ? null : <QuizPanel topicId={data.id} />}
          <section aria-labelledby="resources-heading">
            <h2 id="resources-heading">Resources</h2>
            <ResourceList resources={data.resources} />
            {data.stageResources.length > 0 ? (
              <>
                <h3>Recommended by the roadmap for this stage</h3>
                <ResourceList resources={data.stageResources} />
              </>
            ) : null}
          </section>
          {visitor ? null : (
            <NoteEditor key={data.id} topicId={data.id} initialText={data.note.text} updatedAt={data.note.updatedAt} />
          )}
          <nav className="pager" aria-label="Topics">
            {data.previous ? (
              <Link to={webPaths.topic(data.previous.id)} rel="prev">
                ← {data.previous.title}
              </Link>
            ) : (
              <span />
            )}
            {data.next ? (
              <Link to={webPaths.topic(data.next.id)} rel="next">
                {data.next.title} →
              </Link>
            ) : null}
          </nav>
        </article>
      )}
    </QueryState>
  );
}

import type { ProjectResponse } from "../../../shared/api/index.js";
import { ScrollTable } from "../ScrollTable.js";
import "./ProjectData.css";

const count = (value: number) => value.toLocaleString("en");

/** The files to download (the data and the starter notebook), how the rows were split, and the shape a submission must have. */
export function ProjectData({ project }: { project: ProjectResponse }) {
  const { split, submission } = project;
  return (
    <section aria-labelledby="data-heading" id="data">
      <h2 id="data-heading">Data</h2>
      <ScrollTable label="Files to download">
        <table className="progress-table project-files">
          <caption className="visually-hidden">The project's files: download, rows and what each holds</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col" className="numeric">
                Rows
              </th>
              <th scope="col">What it holds</th>
            </tr>
          </thead>
          <tbody>
            {project.files.map((file) => (
              <tr key={file.name}>
                <th scope="row">
                  <a href={file.url} download={file.name} className="project-files__link">
                    <span aria-hidden="true">⬇</span> {file.name}
                  </a>
                </th>
                <td className="numeric">{file.rows === null ? "—" : count(file.rows)}</td>
                <td>{file.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <p className="project-notebook">
        <a className="button" href={`/api/projects/${encodeURIComponent(project.id)}/notebook`} download={`${project.id}.ipynb`}>
          Download notebook (.ipynb)
        </a>{" "}
        The brief and steps, then the starter's cells, in one notebook for Jupyter: put it beside the three CSV files and run it
        from the top.
      </p>
      <h3>How the rows are split</h3>
      <p>{split.description}</p>
      <dl className="split-stats">
        <div>
          <dt>Training rows</dt>
          <dd>{count(split.trainRows)}</dd>
        </div>
        <div>
          <dt>Hidden test rows</dt>
          <dd>{count(split.testRows)}</dd>
        </div>
        <div>
          <dt>Public board rows</dt>
          <dd>{count(split.publicRows)}</dd>
        </div>
        <div>
          <dt>Private board rows</dt>
          <dd>{count(split.testRows - split.publicRows)}</dd>
        </div>
      </dl>
      <h3>What to submit</h3>
      <dl className="submission-format">
        <dt>Header (line 1)</dt>
        <dd>
          <code>{submission.header.join(",")}</code>
        </dd>
        <dt>Rows</dt>
        <dd>
          {count(submission.rows)}, one for each <code>{submission.idColumn}</code> in <code>test.csv</code>
        </dd>
        <dt>
          Values in <code>{submission.valueColumn}</code>
        </dt>
        <dd>{submission.valueHelp}</dd>
      </dl>
      <p className="muted">
        The sample submission already has this shape: submit it unchanged to see how scoring works, then replace its values with
        your model's predictions.
      </p>
    </section>
  );
}

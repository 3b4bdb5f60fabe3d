import { useFaq } from "../api/queries.js";
import { QueryState } from "../components/QueryState.js";
import { ResourceList } from "../components/ResourceList.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";
import "./FaqPage.css";

export function FaqPage() {
  const faq = useFaq();
  useDocumentTitle("FAQ");
  return (
    <QueryState query={faq}>
      {(data) => (
        <div className="page">
          <h1>Frequently asked questions</h1>
          <div className="faq">
            {data.questions.map((entry) => (
              <details key={entry.question} className="faq__item">
                <summary>{entry.question}</summary>
                <div dangerouslySetInnerHTML={{ __html: entry.answerHtml }} />
              </details>
            ))}
          </div>
          <h2>Where to find datasets</h2>
          <ResourceList resources={data.datasetSources} />
          <h2>Deployment tools to learn</h2>
          <ul className="resources">
            {data.deploymentTools.map((tool) => (
              <li key={tool.url} className="resource">
                <a href={tool.url} target="_blank" rel="noopener noreferrer" className="resource__title">
                  {tool.name}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
                <p className="resource__description">{tool.description}</p>
              </li>
            ))}
          </ul>
          <h2>Where to network</h2>
          <ResourceList resources={data.networkingPlatforms} />
        </div>
      )}
    </QueryState>
  );
}

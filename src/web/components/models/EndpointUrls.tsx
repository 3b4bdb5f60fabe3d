import type { ModelResponse } from "../../../shared/api/index.js";
import { modelPaths } from "../../api/model-queries.js";
import { servedVersion } from "./model-format.js";
import "./EndpointUrls.css";

/**
 * The model's two unpinned endpoints as full URLs. They serve the production alias's version, or the
 * newest without that alias, so a client keeps its URL while the learner moves production.
 */
export function EndpointUrls({ model }: { model: ModelResponse }) {
  const served = servedVersion(model.versions);
  if (!served) return null;
  const origin = window.location.origin;
  const production = served.aliases.includes("production");
  const endpoints = [
    { label: "Predict (plain JSON)", method: "POST", url: `${origin}${modelPaths.predict(model.name)}` },
    { label: "Open Inference Protocol v2", method: "POST", url: `${origin}/v2/models/${encodeURIComponent(model.name)}/infer` },
  ];
  return (
    <section aria-labelledby="endpoints-heading" className="panel endpoint-urls">
      <h2 id="endpoints-heading">Endpoints</h2>
      <p>
        {production ? (
          <>
            These serve <strong>production</strong>, now version {served.version}; move the alias to change what they serve.
          </>
        ) : (
          <>
            These serve the newest version, now {served.version}. Point <strong>production</strong> at a version (below) to choose
            it yourself.
          </>
        )}
      </p>
      <dl className="endpoint-urls__list">
        {endpoints.map((endpoint) => (
          <div key={endpoint.label}>
            <dt>{endpoint.label}</dt>
            <dd>
              <span className="badge endpoint-urls__method">{endpoint.method}</span> <code>{endpoint.url}</code>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { ModelVersionView } from "../../../shared/api/index.js";
import { endpointSnippets, snippetVersionRef, type Snippets } from "../../../shared/models/endpoint-snippets.js";
import { CopyButton } from "../CopyButton.js";
import "./EndpointSnippets.css";

const LANGUAGES: readonly { readonly id: keyof Snippets; readonly label: string; readonly note: string }[] = [
  { id: "curl", label: "curl", note: "In a terminal. The body is the literal JSON the server takes." },
  { id: "python", label: "Python", note: "Needs the requests package (pip install requests)." },
  { id: "javascript", label: "JavaScript", note: "Node 18+ as a module (top-level await), or a browser console on this page." },
];

function Snippet({ title, code, what }: { title: string; code: string; what: string }) {
  return (
    <div className="snippet">
      <div className="snippet__bar">
        <h4 className="snippet__title">{title}</h4>
        <CopyButton text={code} what={what} className="snippet__copy" />
      </div>
      <pre className="snippet__code" tabIndex={0} aria-label={what}>
        <code>{code}</code>
      </pre>
    </div>
  );
}

/**
 * Ready-to-run calls of a model version in curl, Python and JavaScript, for the plain predict route
 * and the Open Inference Protocol v2, on this server's origin. Uses the production alias when this
 * version has it, so the code keeps working when a newer version is promoted.
 */
export function EndpointSnippets({ name, version }: { name: string; version: ModelVersionView }) {
  const baseId = useId();
  const [selected, setSelected] = useState<keyof Snippets>("curl");
  const tabs = useRef(new Map<keyof Snippets, HTMLButtonElement>());
  const ref = snippetVersionRef(version);
  const snippets = useMemo(
    () => endpointSnippets({ origin: window.location.origin, model: name, version: ref, signature: version.signature }),
    [name, ref, version.signature],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = LANGUAGES.findIndex((language) => language.id === selected);
    const last = LANGUAGES.length - 1;
    const next =
      event.key === "ArrowRight"
        ? (index + 1) % LANGUAGES.length
        : event.key === "ArrowLeft"
          ? (index + last) % LANGUAGES.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const language = LANGUAGES[next];
    if (!language) return;
    setSelected(language.id);
    tabs.current.get(language.id)?.focus();
  };

  const tabId = (id: keyof Snippets) => `${baseId}-tab-${id}`;
  const panelId = (id: keyof Snippets) => `${baseId}-panel-${id}`;
  const headingId = `${baseId}-heading`;
  const refText = typeof ref === "number" ? `version ${ref}` : `the ${ref} alias (version ${version.version})`;

  return (
    <section className="endpoint-snippets" aria-labelledby={headingId}>
      <h3 id={headingId}>Call it from your code</h3>
      <p className="muted">
        These call {refText} of <code>{name}</code> with a blank example of the right shape; replace the zeros with your data.
      </p>
      <div role="tablist" aria-label="Language" className="snippet-tabs" onKeyDown={onKeyDown}>
        {LANGUAGES.map((language) => (
          <button
            key={language.id}
            ref={(element) => {
              if (element) tabs.current.set(language.id, element);
              else tabs.current.delete(language.id);
            }}
            type="button"
            role="tab"
            id={tabId(language.id)}
            aria-selected={selected === language.id}
            aria-controls={panelId(language.id)}
            tabIndex={selected === language.id ? 0 : -1}
            className="snippet-tabs__tab"
            onClick={() => setSelected(language.id)}
          >
            {language.label}
          </button>
        ))}
      </div>
      {LANGUAGES.map((language) => (
        <div
          key={language.id}
          role="tabpanel"
          id={panelId(language.id)}
          aria-labelledby={tabId(language.id)}
          hidden={selected !== language.id}
          className="snippet-panel"
        >
          <p className="hint muted">{language.note}</p>
          <Snippet
            title="Plain JSON: POST …/predict"
            code={snippets.predict[language.id]}
            what={`${language.label}, plain JSON route`}
          />
          <Snippet
            title="Open Inference Protocol v2 (KServe, Triton clients): POST …/infer"
            code={snippets.infer[language.id]}
            what={`${language.label}, Open Inference Protocol route`}
          />
        </div>
      ))}
    </section>
  );
}

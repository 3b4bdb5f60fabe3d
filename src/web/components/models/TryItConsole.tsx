import { useQueryClient } from "@tanstack/react-query";
import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { ModelVersionView, PredictResponse, TensorSpec } from "../../../shared/api/index.js";
import { chooseConsoleKind, type ConsoleKind } from "../../../shared/models/console-kind.js";
import { IMAGE_SIDE } from "../../../shared/models/drawing-pixels.js";
import { readPrediction, type ClassProbability } from "../../../shared/models/read-prediction.js";
import { expandExample, predictExample } from "../../../shared/models/tensor-examples.js";
import { formatMs } from "../../../shared/models/traffic-summary.js";
import { ApiError, api } from "../../api/client.js";
import { modelPaths } from "../../api/model-queries.js";
import { DrawingPad } from "./DrawingPad.js";
import "./TryItConsole.css";

/** More classes than this and the bar list shows only the likeliest few. */
const ALL_CLASSES_UP_TO = 20;
const LIKELIEST = 10;
const INTEGER_TYPES = new Set<TensorSpec["datatype"]>(["INT8", "INT16", "INT32", "INT64", "UINT8", "UINT16", "UINT32", "UINT64"]);
const BLANK_IMAGE: readonly number[] = Array.from({ length: IMAGE_SIDE * IMAGE_SIDE }, () => 0);

const describeSpec = (spec: TensorSpec) => `${spec.name} ${spec.datatype} [${spec.shape.join(", ")}]`;
const percent = (p: number) => `${(p * 100).toFixed(1)}%`;

interface Outcome {
  readonly request: string;
  readonly response: PredictResponse;
  readonly latencyMs: number;
}

interface Failure {
  readonly request: string | null;
  readonly status: number | null;
  readonly message: string;
}

function ClassBars({ probabilities, label }: { probabilities: readonly ClassProbability[]; label: string }) {
  const shown =
    probabilities.length <= ALL_CLASSES_UP_TO
      ? probabilities
      : [...probabilities].sort((a, b) => b.probability - a.probability).slice(0, LIKELIEST);
  return (
    <>
      {shown.length < probabilities.length ? (
        <p className="hint muted">
          The {LIKELIEST} likeliest of {probabilities.length} classes:
        </p>
      ) : null}
      <ul className="class-bars" aria-label="Probability of each class">
        {shown.map((entry) => {
          const picked = entry.label === label;
          return (
            <li key={entry.label} className={picked ? "class-bars__row class-bars__row--picked" : "class-bars__row"}>
              <span className="class-bars__label">{entry.label}</span>
              <span className="class-bars__track" aria-hidden="true">
                <span className="class-bars__bar" style={{ width: percent(entry.probability) }} />
              </span>
              <span className="class-bars__value">
                {percent(entry.probability)}
                {picked ? <span className="class-bars__picked"> ◀ predicted</span> : null}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function PredictionView({ outcome }: { outcome: Outcome }) {
  const predictions = outcome.response.predictions;
  const reading = readPrediction(predictions[0]);
  return (
    <div className="prediction">
      {reading.kind === "class" ? (
        <>
          <p className="prediction__headline">
            <span className="prediction__caption">Predicted class</span>
            <strong className="prediction__label">{reading.label}</strong>
          </p>
          {reading.probabilities.length > 0 ? <ClassBars probabilities={reading.probabilities} label={reading.label} /> : null}
        </>
      ) : reading.kind === "value" ? (
        <p className="prediction__headline">
          <span className="prediction__caption">Predicted value</span>
          <strong className="prediction__label">{reading.value.toLocaleString("en", { maximumSignificantDigits: 6 })}</strong>
        </p>
      ) : (
        <>
          <p className="prediction__caption">Prediction</p>
          <pre className="console-json">{JSON.stringify(reading.value, null, 2)}</pre>
        </>
      )}
      <p className="hint muted">
        {predictions.length > 1 ? `The first of ${predictions.length} predictions (all are in the raw JSON). ` : null}
        Version {outcome.response.version} answered in {formatMs(outcome.latencyMs)}, measured in your browser (network included).
      </p>
    </div>
  );
}

function FeatureFields({
  input,
  values,
  onChange,
}: {
  input: TensorSpec;
  values: readonly string[];
  onChange: (values: string[]) => void;
}) {
  const baseId = useId();
  const step = INTEGER_TYPES.has(input.datatype) ? "1" : "any";
  return (
    <fieldset className="feature-fields">
      <legend>
        One value per feature of <code>{input.name}</code>, by index
      </legend>
      <div className="feature-fields__grid">
        {values.map((value, index) => (
          <div key={index} className="feature-fields__field">
            <label htmlFor={`${baseId}-${index}`}>
              {input.name}[{index}]
            </label>
            <input
              id={`${baseId}-${index}`}
              type="number"
              inputMode="decimal"
              step={step}
              value={value}
              onChange={(event) => onChange(values.map((old, at) => (at === index ? event.target.value : old)))}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** The body a blank request for this signature sends, as the JSON box shows it. */
const blankBody = (version: ModelVersionView) => JSON.stringify(expandExample(predictExample(version.signature)));
const imageBody = (pixels: readonly number[]) => JSON.stringify({ instances: [pixels] });

/** The request to send, or why it cannot be sent; the field form and the JSON box are the two sources. */
function buildRequest(kind: ConsoleKind, fields: readonly string[], text: string): { body: unknown } | { problem: string } {
  if (kind.kind === "fields") {
    const row: number[] = [];
    for (const [index, value] of fields.entries()) {
      const number = Number(value);
      if (value.trim() === "" || !Number.isFinite(number)) {
        return { problem: `${kind.input.name}[${index}] needs a number.` };
      }
      row.push(number);
    }
    return { body: { instances: [row] } };
  }
  try {
    return { body: JSON.parse(text) as unknown };
  } catch (error) {
    return { problem: `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Try a model version in the browser, with a form made from its input signature: a drawing pad for a
 * 28×28 image, a number per feature for a short row, or a JSON box. Predict (or Ctrl/Cmd+Enter) calls
 * the version's predict route and shows the predicted class with each class's probability (or the
 * value), the time it took, the server's message when it refuses, and on request the raw JSON.
 * The section's id (default "try-it") is where the metrics' empty state links to.
 */
export function TryItConsole({ name, version, id = "try-it" }: { name: string; version: ModelVersionView; id?: string }) {
  const client = useQueryClient();
  const headingId = useId();
  const jsonId = useId();
  const rawId = useId();
  const kind = useMemo(() => chooseConsoleKind(version.signature), [version.signature]);
  const [pixels, setPixels] = useState<readonly number[]>(BLANK_IMAGE);
  const [text, setText] = useState(() => (kind.kind === "drawing" ? imageBody(BLANK_IMAGE) : blankBody(version)));
  const [fields, setFields] = useState<string[]>(() =>
    Array.from({ length: kind.kind === "fields" ? kind.count : 0 }, () => "0"),
  );
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [showRaw, setShowRaw] = useState(false);
  // Only the latest request's answer is shown, however the earlier ones finish.
  const latest = useRef(0);

  const predict = async () => {
    const built = buildRequest(kind, fields, text);
    if ("problem" in built) {
      setOutcome(null);
      setFailure({ request: null, status: null, message: built.problem });
      return;
    }
    const request = JSON.stringify(built.body);
    const ticket = ++latest.current;
    setPending(true);
    const started = performance.now();
    try {
      const response = await api.post<PredictResponse>(modelPaths.predict(name, version.version), built.body);
      if (ticket !== latest.current) return;
      setOutcome({ request, response, latencyMs: performance.now() - started });
      setFailure(null);
    } catch (error) {
      if (ticket !== latest.current) return;
      setOutcome(null);
      setFailure({
        request,
        status: error instanceof ApiError ? error.status : null,
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      if (ticket === latest.current) setPending(false);
      // The request shows up in the version's traffic at once rather than at the next refresh.
      void client.invalidateQueries({ queryKey: ["models", name, "metrics"] });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    if (!pending) void predict();
  };

  const jsonBox = (
    <div className="console-json-box">
      <label htmlFor={jsonId}>
        Request body (JSON)
        {kind.kind === "drawing" ? (
          <span className="hint muted"> — drawing fills it in; you can also type or paste the 784 pixel values (0–255) here</span>
        ) : null}
      </label>
      <textarea
        id={jsonId}
        className="console-json"
        value={text}
        rows={kind.kind === "drawing" ? 4 : 6}
        spellCheck={false}
        onChange={(event) => setText(event.target.value)}
      />
      {kind.kind === "json" ? (
        <div className="button-row">
          <button type="button" className="button button--ghost" onClick={() => setText(blankBody(version))}>
            Reset to a blank example
          </button>
        </div>
      ) : null}
    </div>
  );

  return (
    <section id={id} className="try-it" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <h3 id={headingId}>Try it</h3>
      <p className="muted">
        Version {version.version} takes {version.signature.inputs.map(describeSpec).join(", ")}.{" "}
        {kind.kind === "drawing"
          ? "Draw a digit, white on black as in MNIST, then predict."
          : kind.kind === "fields"
            ? "Fill in the values, then predict."
            : `Edit the example: ${version.signature.inputs.length > 1 ? "each instance is an object with every input" : "each instance is one row"}.`}
      </p>
      <form
        className="try-it__form"
        onSubmit={(event) => {
          event.preventDefault();
          void predict();
        }}
      >
        {kind.kind === "drawing" ? (
          <DrawingPad
            pixels={pixels}
            onDraw={(drawn) => {
              setPixels(drawn);
              setText(imageBody(drawn));
            }}
          />
        ) : null}
        {kind.kind === "fields" ? <FeatureFields input={kind.input} values={fields} onChange={setFields} /> : null}
        {kind.kind === "fields" ? null : jsonBox}
        <div className="button-row">
          <button
            type="submit"
            className="button button--primary"
            disabled={pending}
            aria-keyshortcuts="Control+Enter Meta+Enter"
            title="Predict (Ctrl+Enter or ⌘+Enter)"
          >
            Predict
          </button>
          <span className="hint" aria-hidden="true">
            <kbd>Ctrl</kbd>/<kbd>⌘</kbd> + <kbd>Enter</kbd>
          </span>
          <label className="inline-field">
            <input
              type="checkbox"
              checked={showRaw}
              onChange={(event) => setShowRaw(event.target.checked)}
              aria-controls={rawId}
            />
            Show raw JSON
          </label>
        </div>
      </form>
      <section className="try-it__result" aria-label="Prediction" aria-live="polite" aria-busy={pending}>
        {pending ? <p className="muted">Predicting…</p> : null}
        {!pending && outcome ? <PredictionView outcome={outcome} /> : null}
      </section>
      {failure ? (
        <div role="alert" className="try-it__error">
          <p className="try-it__error-title">
            <span aria-hidden="true">✕ </span>Not predicted{failure.status ? ` (HTTP ${failure.status})` : ""}
          </p>
          <p>{failure.message}</p>
        </div>
      ) : null}
      {/* Always in the page, only hidden, so that the checkbox's aria-controls names an element. */}
      <div id={rawId} className="try-it__raw" hidden={!showRaw}>
        <h4>Request</h4>
        <pre className="console-json" tabIndex={0} aria-label="Raw request">
          {failure?.request ?? outcome?.request ?? "Nothing sent yet."}
        </pre>
        <h4>Response</h4>
        <pre className="console-json" tabIndex={0} aria-label="Raw response">
          {outcome
            ? JSON.stringify(outcome.response, null, 2)
            : failure?.status
              ? JSON.stringify({ statusCode: failure.status, message: failure.message }, null, 2)
              : "No response yet."}
        </pre>
      </div>
    </section>
  );
}

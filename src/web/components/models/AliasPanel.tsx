import { useId, useState } from "react";
import type { ModelResponse } from "../../../shared/api/index.js";
import { MODEL_ALIAS_PATTERN, SUGGESTED_ALIASES } from "../../../shared/models/names.js";
import { useMoveAlias, useRemoveAlias } from "../../api/model-queries.js";
import { MODEL_ALIAS_RULE } from "./model-format.js";
import "./ModelForms.css";
import "./AliasPanel.css";

function AliasRow({
  model,
  alias,
  current,
  fallback,
}: {
  model: ModelResponse;
  alias: string;
  current: number | undefined;
  fallback: number;
}) {
  const move = useMoveAlias(model.name);
  const remove = useRemoveAlias(model.name);
  const selectId = useId();
  const [target, setTarget] = useState<number>(current ?? fallback);
  // A version deleted or an alias moved elsewhere leaves the choice stale: fall back to one that exists.
  const choice = model.versions.some((version) => version.version === target) ? target : (current ?? fallback);
  const error = move.error ?? remove.error;
  const busy = move.isPending || remove.isPending;
  return (
    <li className="alias-row">
      <div className="alias-row__state">
        <strong className="alias-row__name">{alias}</strong>{" "}
        {current === undefined ? (
          <span className="muted">
            <span aria-hidden="true">○ </span>not set
          </span>
        ) : (
          <span>
            <span aria-hidden="true">→ </span>version {current}
          </span>
        )}
      </div>
      <form
        className="alias-row__controls"
        onSubmit={(event) => {
          event.preventDefault();
          remove.reset();
          move.mutate({ alias, version: choice });
        }}
      >
        <label htmlFor={selectId} className="visually-hidden">
          Version for {alias}
        </label>
        <select id={selectId} value={choice} onChange={(event) => setTarget(Number(event.target.value))} disabled={busy}>
          {model.versions.map((version) => (
            <option key={version.version} value={version.version}>
              Version {version.version}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="button"
          disabled={busy || choice === current}
          aria-label={`${move.isPending ? "Moving" : current === undefined ? "Set" : "Move"} ${alias}`}
        >
          {move.isPending ? "Moving…" : current === undefined ? "Set" : "Move"}
        </button>
        {current === undefined ? null : (
          <button
            type="button"
            className="button"
            disabled={busy}
            aria-label={`${remove.isPending ? "Removing" : "Remove"} ${alias}`}
            onClick={() => {
              move.reset();
              remove.mutate(alias);
            }}
          >
            {remove.isPending ? "Removing…" : "Remove"}
          </button>
        )}
      </form>
      {error ? (
        <p role="alert" className="text-danger alias-row__error">
          <span aria-hidden="true">✕ </span>
          {error.message}
        </p>
      ) : null}
    </li>
  );
}

function AddAlias({ model, selected, taken }: { model: ModelResponse; selected: number; taken: readonly string[] }) {
  const move = useMoveAlias(model.name);
  const nameId = useId();
  const versionId = useId();
  const [alias, setAlias] = useState("");
  const [version, setVersion] = useState<number>(selected);
  const choice = model.versions.some((item) => item.version === version) ? version : selected;
  const valid = MODEL_ALIAS_PATTERN.test(alias);
  const duplicate = taken.includes(alias);
  const problem =
    alias === ""
      ? null
      : !valid
        ? `Not a valid alias: use ${MODEL_ALIAS_RULE}.`
        : duplicate
          ? `${alias} is listed above: set or move it there.`
          : null;
  return (
    <form
      className="add-alias"
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid || duplicate) return;
        move.mutate({ alias, version: choice }, { onSuccess: () => setAlias("") });
      }}
    >
      <h3 className="h-small">Add an alias</h3>
      <div className="add-alias__fields">
        <div className="form-field">
          <label htmlFor={nameId}>Alias</label>
          <input
            id={nameId}
            className="text-field"
            type="text"
            value={alias}
            maxLength={32}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={problem !== null}
            aria-describedby={`${nameId}-rule`}
            onChange={(event) => {
              setAlias(event.target.value);
              move.reset();
            }}
          />
        </div>
        <div className="form-field">
          <label htmlFor={versionId}>Points at</label>
          <select id={versionId} value={choice} onChange={(event) => setVersion(Number(event.target.value))}>
            {model.versions.map((item) => (
              <option key={item.version} value={item.version}>
                Version {item.version}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={!valid || duplicate || move.isPending}>
          {move.isPending ? "Adding…" : "Add alias"}
        </button>
      </div>
      <p id={`${nameId}-rule`} className={`hint ${problem ? "text-danger" : "muted"}`}>
        {problem ? (
          <>
            <span aria-hidden="true">✕ </span>
            {problem}
          </>
        ) : (
          `An alias is a name a client can call instead of a number: ${MODEL_ALIAS_RULE}.`
        )}
      </p>
      {move.error ? (
        <p role="alert" className="text-danger">
          <span aria-hidden="true">✕ </span>
          {move.error.message}
        </p>
      ) : null}
    </form>
  );
}

/**
 * Where each alias points, with a control to move or remove it, and a form to add another. production and
 * staging are always listed (set or not): they are the ones the endpoints and the bundle use.
 */
export function AliasPanel({ model, selected }: { model: ModelResponse; selected: number }) {
  const others = Object.keys(model.aliases)
    .filter((alias) => !(SUGGESTED_ALIASES as readonly string[]).includes(alias))
    .sort();
  const aliases = [...SUGGESTED_ALIASES, ...others];
  return (
    <section aria-labelledby="aliases-heading" id="aliases" className="panel">
      <h2 id="aliases-heading">Aliases</h2>
      <p className="muted">
        Clients that call <code>production</code> or <code>staging</code> get whichever version the alias points at, so a release
        is one move and a rollback another.
      </p>
      <ul className="alias-rows">
        {aliases.map((alias) => (
          <AliasRow key={alias} model={model} alias={alias} current={model.aliases[alias]} fallback={selected} />
        ))}
      </ul>
      <AddAlias model={model} selected={selected} taken={aliases} />
    </section>
  );
}

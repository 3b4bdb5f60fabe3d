import { useId, useState } from "react";
import type { PortfolioEntry } from "../../../shared/api/index.js";
import { useUpdateEntry } from "../../api/portfolio-queries.js";

type Person = { name: string; url: string };

/** Who a team project was with: names and, optionally, a link to each one's profile. Saved with a button, checked by the server. */
export function CollaboratorsEditor({ entry }: { entry: PortfolioEntry }) {
  const id = useId();
  const update = useUpdateEntry(entry.projectId);
  const [people, setPeople] = useState<Person[]>(
    entry.collaborators.map((person) => ({ name: person.name, url: person.url ?? "" })),
  );
  const set = (index: number, field: keyof Person, value: string) =>
    setPeople((current) => current.map((person, k) => (k === index ? { ...person, [field]: value } : person)));
  return (
    <fieldset className="write-up__team">
      <legend>Collaborators</legend>
      {people.map((person, index) => (
        <div key={index} className="write-up__person">
          <div className="form-field">
            <label htmlFor={`${id}-name-${index}`}>Name</label>
            <input
              id={`${id}-name-${index}`}
              className="text-field"
              value={person.name}
              onChange={(event) => set(index, "name", event.target.value)}
            />
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-url-${index}`}>Link (optional)</label>
            <input
              id={`${id}-url-${index}`}
              className="text-field"
              type="url"
              placeholder="https://github.com/…"
              value={person.url}
              onChange={(event) => set(index, "url", event.target.value)}
            />
          </div>
          <button
            type="button"
            className="button button--ghost"
            onClick={() => setPeople((current) => current.filter((_, k) => k !== index))}
          >
            Remove<span className="visually-hidden"> {person.name || `collaborator ${index + 1}`}</span>
          </button>
        </div>
      ))}
      <div className="button-row">
        <button type="button" className="button" onClick={() => setPeople((current) => [...current, { name: "", url: "" }])}>
          Add a collaborator
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={update.isPending}
          onClick={() =>
            update.mutate({
              collaborators: people.map((person) => ({
                name: person.name,
                url: person.url.trim() === "" ? null : person.url.trim(),
              })),
            })
          }
        >
          Save collaborators
        </button>
        {update.isSuccess ? <span role="status">Saved.</span> : null}
      </div>
      {update.isError ? (
        <p role="alert" className="text-danger">
          {update.error.message}
        </p>
      ) : null}
    </fieldset>
  );
}

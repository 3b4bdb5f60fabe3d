import { useId, useState } from "react";
import type { PortfolioProfile } from "../../../shared/api/index.js";
import { useSaveProfile } from "../../api/portfolio-queries.js";

/** Who the portfolio is by: the front page's name, headline and links (GitHub, LinkedIn, Kaggle). */
export function ProfileForm({ profile }: { profile: PortfolioProfile }) {
  const id = useId();
  const save = useSaveProfile();
  const [draft, setDraft] = useState(profile);
  const setLink = (index: number, field: "label" | "url", value: string) =>
    setDraft((current) => ({
      ...current,
      links: current.links.map((link, k) => (k === index ? { ...link, [field]: value } : link)),
    }));
  return (
    <form
      className="panel portfolio-profile"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(draft);
      }}
    >
      <h2 id={`${id}-heading`}>About you</h2>
      <div className="form-field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          className="text-field"
          value={draft.name}
          maxLength={100}
          onChange={(event) => setDraft({ ...draft, name: event.target.value })}
        />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-headline`}>Headline</label>
        <input
          id={`${id}-headline`}
          className="text-field"
          value={draft.headline}
          maxLength={200}
          placeholder="Aspiring AI engineer: data, models, deployment"
          onChange={(event) => setDraft({ ...draft, headline: event.target.value })}
        />
      </div>
      <fieldset className="portfolio-profile__links">
        <legend>Links (GitHub, LinkedIn, Kaggle…)</legend>
        {draft.links.map((link, index) => (
          <div key={index} className="write-up__person">
            <div className="form-field">
              <label htmlFor={`${id}-label-${index}`}>Label</label>
              <input
                id={`${id}-label-${index}`}
                className="text-field"
                value={link.label}
                onChange={(event) => setLink(index, "label", event.target.value)}
              />
            </div>
            <div className="form-field">
              <label htmlFor={`${id}-url-${index}`}>Address</label>
              <input
                id={`${id}-url-${index}`}
                className="text-field"
                type="url"
                value={link.url}
                onChange={(event) => setLink(index, "url", event.target.value)}
              />
            </div>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => setDraft({ ...draft, links: draft.links.filter((_, k) => k !== index) })}
            >
              Remove<span className="visually-hidden"> {link.label || `link ${index + 1}`}</span>
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          disabled={draft.links.length >= 8}
          onClick={() => setDraft({ ...draft, links: [...draft.links, { label: "", url: "" }] })}
        >
          Add a link
        </button>
      </fieldset>
      {save.isError ? (
        <p role="alert" className="text-danger">
          {save.error.message}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          Save
        </button>
        {save.isSuccess ? <span role="status">Saved.</span> : null}
      </div>
    </form>
  );
}

import { Link } from "react-router";
import { FEATURED_PROJECTS } from "../../shared/api/portfolio.js";
import { webPaths } from "../../shared/web-paths.js";
import { usePortfolio } from "../api/portfolio-queries.js";
import { ProfileForm } from "../components/portfolio/ProfileForm.js";
import { SkillsSummaryView } from "../components/portfolio/SkillsSummaryView.js";
import { WriteUpEditor } from "../components/portfolio/WriteUpEditor.js";
import { QueryState } from "../components/QueryState.js";
import { useDocumentTitle } from "../hooks/use-document-title.js";

/** Stage 9 made from the learner's own work: write-ups drafted from their scores, verified skills, exports. */
export function PortfolioPage() {
  const portfolio = usePortfolio();
  useDocumentTitle("Portfolio");
  return (
    <QueryState query={portfolio}>
      {(data) => {
        const featured = data.entries.filter((entry) => entry.featured).length;
        return (
          <div className="page page--wide">
            <h1>Portfolio</h1>
            <p className="lead">
              The roadmap ends with a portfolio: {FEATURED_PROJECTS.min} to {FEATURED_PROJECTS.max} projects that together show
              different skills — data work, modelling and deployment — each written up with a summary, the code and honest
              results, published on GitHub, with Kaggle-style competitions to show. Stepwise drafts each write-up from what it
              recorded; you make it yours.
            </p>
            <p>
              <strong>
                {featured} of {FEATURED_PROJECTS.min}–{FEATURED_PROJECTS.max} projects featured.
              </strong>{" "}
              {featured < FEATURED_PROJECTS.min
                ? "Feature the projects that show the widest range; with none featured, an export holds every write-up."
                : "The export shows the featured projects."}
            </p>
            <p className="callout">
              Drafts quote your private topic notes and submission descriptions. Everything you export is what you see here: edit
              out what you would not publish.
            </p>
            <section aria-labelledby="export-heading" className="panel">
              <h2 id="export-heading">Export</h2>
              <div className="button-row">
                <a className="button button--primary" href="/api/portfolio/export.zip" download="portfolio.zip">
                  Download the site (.zip)
                </a>
                <a className="button" href="/api/portfolio/README.md" download="README.md">
                  README.md
                </a>
                <a className="button" href="/api/portfolio/resume.json" download="resume.json">
                  resume.json
                </a>
              </div>
              <p className="muted">
                The zip holds a static site (index.html and a page per project, opening from disk or on GitHub Pages, loading
                nothing from elsewhere), README.md for your GitHub profile with the charts beside it, and resume.json (JSON
                Resume). From a terminal: <code>stepwise portfolio export my-portfolio</code>.
              </p>
            </section>
            <SkillsSummaryView skills={data.skills} />
            <ProfileForm profile={data.profile} />
            {data.entries.length === 0 ? (
              <div className="empty-state">
                <p>No project yet: a write-up appears here once you submit predictions to a project.</p>
                <Link className="button button--primary" to={webPaths.projects()}>
                  Choose a project
                </Link>
              </div>
            ) : (
              data.entries.map((entry) => (
                <WriteUpEditor
                  key={entry.projectId}
                  entry={entry}
                  featuredCount={featured}
                  solvedExercises={data.solvedExercises}
                />
              ))
            )}
          </div>
        );
      }}
    </QueryState>
  );
}

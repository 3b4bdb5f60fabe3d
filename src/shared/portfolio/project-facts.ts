/** What Stepwise recorded about one project a learner worked on: the material of its write-up. */
export interface ProjectFacts {
  readonly projectId: string;
  readonly title: string;
  readonly summary: string;
  readonly datasetTitle: string;
  readonly trainRows: number;
  readonly testRows: number;
  readonly metric: { readonly label: string; readonly lowerIsBetter: boolean; readonly format: "number" | "percent" };
  /** Oldest first. Private scores only once the competition is closed. */
  readonly submissions: readonly {
    readonly createdAt: string;
    readonly description: string | null;
    readonly publicScore: number;
    readonly privateScore: number | null;
  }[];
  readonly closed: boolean;
  /** The learner's place on the board the competition shows now (public, or private once closed). */
  readonly rank: { readonly rank: number; readonly of: number } | null;
  readonly baseline: { readonly name: string; readonly publicScore: number; readonly privateScore: number | null } | null;
  /** The learner's notes on the project's topic and the topics its steps practise. */
  readonly notes: readonly { readonly topicTitle: string; readonly text: string }[];
  readonly model: {
    readonly name: string;
    readonly version: number;
    readonly reproduced: boolean;
    readonly endpoint: string;
    readonly description: string;
    readonly trainingData: string;
    readonly metrics: readonly { readonly name: string; readonly value: number }[];
  } | null;
  /** Code the learner chose to quote: their passing code of solved exercises. */
  readonly code: readonly { readonly title: string; readonly code: string }[];
  readonly workKind: "individual" | "team";
  readonly collaborators: readonly { readonly name: string; readonly url: string | null }[];
}

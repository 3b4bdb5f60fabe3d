/** The databases Stepwise runs on: an SQLite file for one learner, PostgreSQL for a cohort. */
export type DialectName = "sqlite" | "postgres";

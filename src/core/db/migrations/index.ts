import type { Migration, MigrationProvider } from "kysely/migration";
import type { DialectName } from "../dialect-name.js";
import * as usersProgressNotes from "./0001-users-progress-notes.js";
import * as exercises from "./0002-exercises.js";
import * as quizzesReview from "./0003-quizzes-review.js";
import * as projectSubmissions from "./0004-project-submissions.js";
import * as models from "./0005-models.js";
import * as submissionModels from "./0006-submission-models.js";
import { rankingSubmissions } from "./0007-ranking-submissions.js";
import * as studyPlans from "./0008-study-plans.js";
import * as portfolio from "./0009-portfolio.js";
import * as studyPlanReplanned from "./0010-study-plan-replanned.js";
import * as progressBackups from "./0011-progress-backups.js";
import * as importedRecords from "./0012-imported-records.js";
import * as lateSubmissions from "./0013-late-submissions.js";
import * as exerciseDraftVersions from "./0014-exercise-draft-versions.js";
import { accounts } from "./0015-accounts.js";
import * as auditLog from "./0016-audit-log.js";
import * as cohorts from "./0017-cohorts.js";
import * as apiTokens from "./0018-api-tokens.js";
import * as cohortSolutionUnlock from "./0019-cohort-solution-unlock.js";
import * as publicProfiles from "./0020-public-profiles.js";
import * as selfReportedAttempts from "./0021-self-reported-attempts.js";
import * as accountInvites from "./0022-account-invites.js";
import * as cohortCompetitions from "./0023-cohort-competitions.js";
import * as publicAreas from "./0024-public-areas.js";
import { sandboxAttempts } from "./0025-sandbox-attempts.js";
import * as attemptVerification from "./0026-attempt-verification.js";
import * as servingMinutes from "./0027-serving-minutes.js";

/**
 * Migrations are listed in code, not read from disk, so they work the same from tsx and a bundle.
 * A migration whose SQL differs between the databases is made for the dialect it runs on.
 */
const migrations = (dialect: DialectName): Record<string, Migration> => ({
  "0001-users-progress-notes": usersProgressNotes,
  "0002-exercises": exercises,
  "0003-quizzes-review": quizzesReview,
  "0004-project-submissions": projectSubmissions,
  "0005-models": models,
  "0006-submission-models": submissionModels,
  "0007-ranking-submissions": rankingSubmissions(dialect),
  "0008-study-plans": studyPlans,
  "0009-portfolio": portfolio,
  "0010-study-plan-replanned": studyPlanReplanned,
  "0011-progress-backups": progressBackups,
  "0012-imported-records": importedRecords,
  "0013-late-submissions": lateSubmissions,
  "0014-exercise-draft-versions": exerciseDraftVersions,
  "0015-accounts": accounts(dialect),
  "0016-audit-log": auditLog,
  "0017-cohorts": cohorts,
  "0018-api-tokens": apiTokens,
  "0019-cohort-solution-unlock": cohortSolutionUnlock,
  "0020-public-profiles": publicProfiles,
  "0021-self-reported-attempts": selfReportedAttempts,
  "0022-account-invites": accountInvites,
  "0023-cohort-competitions": cohortCompetitions,
  "0024-public-areas": publicAreas,
  "0025-sandbox-attempts": sandboxAttempts(dialect),
  "0026-attempt-verification": attemptVerification,
  "0027-serving-minutes": servingMinutes,
});

export function migrationProvider(dialect: DialectName): MigrationProvider {
  return { getMigrations: () => Promise.resolve(migrations(dialect)) };
}

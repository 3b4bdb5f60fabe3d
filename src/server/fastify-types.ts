import type { Curriculum } from "../shared/content/index.js";
import type { AppConfig } from "../core/config.js";
import type { Database, DialectName } from "../core/db/database.js";
import type { UserRole } from "../core/db/users.table.js";
import type { PublicArea } from "../shared/public-areas.js";
import type { ServerRuntimes } from "./plugins/python-runtimes.js";
import type { GradingQueue } from "../core/services/grading-jobs/grading-queue.js";

/** Who is asking. In local mode this is always the built-in local learner. */
export interface Learner {
  readonly id: string;
  /** Local mode's learner owns the instance: "admin". */
  readonly role: UserRole;
  /** Multi-user mode, signed in with a cookie: the session's id (never its secret token). */
  readonly sessionId?: string;
}

declare module "fastify" {
  interface FastifyInstance {
    readonly config: AppConfig;
    readonly curriculum: Curriculum;
    readonly db: Database;
    readonly dialect: DialectName;
    readonly appVersion: string;
    readonly runtimes: ServerRuntimes;
    /** Where attempts wait to be verified; null where results count at once (local mode, sandbox off). */
    readonly grading: GradingQueue | null;
  }
  interface FastifyRequest {
    /** Who is asking; null only for a visitor reading a public area (see `viewerOf`). */
    learner: Learner;
  }
  interface FastifyContextConfig {
    /**
     * A read-only route of this area: in multi-user mode, visitors who are not signed in may
     * read it while an administrator has opened the area. Such a route must use `viewerOf`.
     */
    publicArea?: PublicArea;
  }
}

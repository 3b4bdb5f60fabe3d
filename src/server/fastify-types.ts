import type { Curriculum } from "../shared/content/index.js";
import type { AppConfig } from "../core/config.js";
import type { Database, DialectName } from "../core/db/database.js";
import type { UserRole } from "../core/db/users.table.js";
import type { ServerRuntimes } from "./plugins/python-runtimes.js";

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
  }
  interface FastifyRequest {
    learner: Learner;
  }
}

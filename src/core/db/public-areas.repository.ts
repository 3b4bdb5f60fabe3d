import type { Database } from "./database-schema.js";
import type { Actor } from "./accounts.repository.js";
import { recordAudit } from "./audit-log.repository.js";
import { PUBLIC_AREA_IDS, type PublicArea } from "../../shared/public-areas.js";

export interface PublicAreaState {
  readonly area: PublicArea;
  readonly open: boolean;
  /** Who opened it and when, while it is open (null once that account is deleted). */
  readonly openedBy: string | null;
  readonly openedAt: string | null;
}

/** The areas open to visitors right now. Read on every anonymous request, so that every instance agrees at once. */
export async function openPublicAreas(db: Database): Promise<PublicArea[]> {
  const rows = await db.selectFrom("public_areas").select("area").execute();
  const open = new Set(rows.map((row) => row.area));
  return PUBLIC_AREA_IDS.filter((area) => open.has(area));
}

export async function isAreaOpen(db: Database, area: PublicArea): Promise<boolean> {
  return (await db.selectFrom("public_areas").select("area").where("area", "=", area).executeTakeFirst()) !== undefined;
}

/** Every area, open or not, in the order the product lists them. */
export async function listPublicAreas(db: Database): Promise<PublicAreaState[]> {
  const rows = await db
    .selectFrom("public_areas")
    .leftJoin("users", "users.id", "public_areas.opened_by")
    .select(["public_areas.area", "public_areas.opened_at", "users.display_name"])
    .execute();
  return PUBLIC_AREA_IDS.map((area) => {
    const row = rows.find((candidate) => candidate.area === area);
    return { area, open: row !== undefined, openedBy: row?.display_name ?? null, openedAt: row?.opened_at ?? null };
  });
}

/** Opens or closes an area, audited; setting what already holds changes nothing and records nothing. */
export async function setAreaOpen(db: Database, actor: Actor, area: PublicArea, open: boolean): Promise<PublicAreaState> {
  await db.transaction().execute(async (trx) => {
    const wasOpen = await isAreaOpen(trx, area);
    if (wasOpen === open) return;
    const at = new Date().toISOString();
    if (open)
      await trx
        .insertInto("public_areas")
        .values({ area, opened_by: actor.id, opened_at: at })
        // Another administrator opening it at the same moment: one row either way.
        .onConflict((conflict) => conflict.column("area").doNothing())
        .execute();
    else await trx.deleteFrom("public_areas").where("area", "=", area).execute();
    await recordAudit(trx, {
      actor,
      action: open ? "public-area.opened" : "public-area.closed",
      targetUserId: null,
      details: { area },
      at,
    });
  });
  const states = await listPublicAreas(db);
  return states.find((state) => state.area === area) as PublicAreaState;
}

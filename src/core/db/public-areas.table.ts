/** A read-only area opened to visitors who are not signed in (multi-user mode); see migration 0024. */
export interface PublicAreasTable {
  area: string;
  opened_by: string | null;
  opened_at: string;
}

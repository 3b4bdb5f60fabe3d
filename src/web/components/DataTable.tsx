import type { ReactNode } from "react";
import { ScrollTable } from "./ScrollTable.js";

/**
 * A table of records with a header row: it scrolls sideways on a phone with a visible cue
 * (ScrollTable) instead of cutting off its last columns. An empty string as a column is a column of
 * buttons, named "Actions" for screen readers only. `children` are the body's rows.
 */
export function DataTable({ label, columns, children }: { label: string; columns: readonly string[]; children: ReactNode }) {
  return (
    <ScrollTable label={label}>
      <table className="progress-table">
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={`${column}-${index}`} scope="col">
                {column === "" ? <span className="visually-hidden">Actions</span> : column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollTable>
  );
}

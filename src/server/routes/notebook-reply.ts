import type { FastifyReply } from "fastify";
import type { NotebookFile } from "../../shared/content/index.js";
import { notebookText } from "../../shared/notebooks/notebook-cells.js";

/** Sends a notebook as a Jupyter file download named `<name>.ipynb`. */
export function sendNotebook(reply: FastifyReply, name: string, notebook: NotebookFile): FastifyReply {
  return reply
    .header("content-type", "application/x-ipynb+json; charset=utf-8")
    .header("content-disposition", `attachment; filename="${name}.ipynb"`)
    .send(notebookText(notebook));
}

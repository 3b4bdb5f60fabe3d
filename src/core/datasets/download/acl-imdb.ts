import { createReadStream, createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { csvLine } from "../../../shared/csv/write-csv.js";
import { readTarGz } from "./tar-reader.js";

/** The CSV's columns, in order; the catalog's `imdb-reviews.yaml` lists the same. */
export const ACL_IMDB_COLUMNS = ["id", "split", "rating", "text", "label"] as const;

/**
 * `aclImdb/<split>/<pos|neg>/<number>_<rating>.txt`; `unsup` (unlabelled reviews), the bag-of-words
 * files and the URL lists are not part of the labelled table.
 */
const REVIEW_PATH = /^(?:\.\/)?aclImdb\/(train|test)\/(pos|neg)\/(\d+)_(\d+)\.txt$/;

/** The reviews keep IMDB's HTML line breaks; a table cell wants plain text. */
const LINE_BREAK = /<br\s*\/?>/gi;

/**
 * Turns the Large Movie Review Dataset's archive into `csvPath` with the columns
 * id,split,rating,text,label (one row per labelled review, in archive order). Reads the archive as a
 * stream and writes to a temporary file renamed at the end, so a half-written CSV is never seen.
 * Returns the number of rows; throws when the archive holds no reviews (not the right file), or when
 * `signal` aborts.
 */
export async function convertAclImdb(archivePath: string, csvPath: string, signal?: AbortSignal): Promise<{ rows: number }> {
  const temporary = `${csvPath}.tmp`;
  const out = createWriteStream(temporary);
  // A write error (a full disk) must not crash the process while we are reading; finished() reports it.
  let writeError: Error | undefined;
  out.on("error", (error) => (writeError ??= error));
  let rows = 0;
  try {
    out.write(`${ACL_IMDB_COLUMNS.join(",")}\r\n`);
    const entries = readTarGz(createReadStream(archivePath), { accept: (path) => REVIEW_PATH.test(path) });
    for await (const entry of entries) {
      // Converting takes a while on the real archive; a server shutting down should not wait for it.
      signal?.throwIfAborted();
      const [, split, polarity, number, rating] = REVIEW_PATH.exec(entry.path) as unknown as [
        string,
        string,
        string,
        string,
        string,
      ];
      const text = entry.data.toString("utf8").replace(LINE_BREAK, " ");
      const label = polarity === "pos" ? "positive" : "negative";
      // RFC 4180: reviews hold commas, quotes and line ends.
      const line = csvLine([`${split}-${polarity}-${number}`, split, Number(rating), text, label]);
      // Respect backpressure: the whole table never sits in memory.
      if (writeError) throw writeError;
      if (!out.write(`${line}\r\n`)) await once(out, "drain");
      rows += 1;
    }
    if (rows === 0) {
      throw new Error(
        `${archivePath} holds no aclImdb/{train,test}/{pos,neg}/<n>_<rating>.txt reviews; it is not the IMDB archive`,
      );
    }
    out.end();
    await finished(out);
    await rename(temporary, csvPath);
    return { rows };
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}

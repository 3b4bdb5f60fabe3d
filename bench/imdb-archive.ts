// A stand-in for the Large Movie Review Dataset's archive (aclImdb_v1.tar.gz, 84 MB, 100,000 small
// reviews), which cannot be downloaded here: the same folder layout, file names and kinds of
// files, with generated English-like text, packed by the system's GNU tar.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface ImdbArchive {
  readonly path: string;
  readonly bytes: number;
  /** Regular files in the archive. */
  readonly files: number;
  /** Labelled reviews: the rows the converter writes. */
  readonly reviews: number;
}

const SYLLABLES = ["ac", "tor", "film", "pla", "mo", "vie", "sto", "ry", "di", "rec", "ting", "sce", "ne", "end", "ing"];
const COMMON = ["the", "a", "and", "of", "to", "is", "it", "in", "this", "that", "was", "as", "with", "for", "but"];

/**
 * Writes the archive to `dir/aclImdb_v1.tar.gz`: `aclImdb/{train,test}/{pos,neg}/<n>_<rating>.txt`
 * (`perLabel` reviews each), `train/unsup/` (4 × `perLabel`), and the vocabulary, bag-of-words and
 * URL files the converter skips, at the real ones' sizes scaled by `perLabel / 12,500`.
 */
export function writeImdbArchive(dir: string, perLabel = 12_500): ImdbArchive {
  let state = 20_110_611;
  const random = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296;
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const vocabulary = Array.from({ length: 5000 }, (_, k) =>
    k < COMMON.length
      ? (COMMON[k] as string)
      : Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join(""),
  );
  // Word frequencies fall off like a real text's, so gzip compresses the reviews about as well.
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)] as string;
  const review = () => {
    const length = 300 + Math.floor(random() * 1500); // about 1 KB on average, as in aclImdb
    let text = "";
    while (text.length < length) {
      const sentence = Array.from({ length: 5 + Math.floor(random() * 15) }, word).join(" ");
      text += `${sentence[0]?.toUpperCase()}${sentence.slice(1)}${pick([". ", ". ", ", ", '! "', '" ', ".<br /><br />"])}`;
    }
    return text;
  };
  const scale = perLabel / 12_500;
  const bagOfWords = (megabytes: number) => {
    const lines: string[] = [];
    for (let size = 0; size < megabytes * 1e6 * scale;) {
      const line = `${1 + Math.floor(random() * 10)} ${Array.from({ length: 120 }, () => `${Math.floor(5000 * random() ** 2)}:${1 + Math.floor(random() * 4)}`).join(" ")}`;
      lines.push(line);
      size += line.length + 1;
    }
    return `${lines.join("\n")}\n`;
  };

  const source = join(dir, "source");
  const root = join(source, "aclImdb");
  let files = 0;
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
    files += 1;
  };
  write("README", "Large Movie Review Dataset v1.0 (a generated stand-in)\n");
  write("imdb.vocab", `${vocabulary.join("\n")}\n`.repeat(Math.max(1, Math.round(17 * scale))));
  write(
    "imdbEr.txt",
    `${vocabulary.map(() => (random() * 4 - 2).toFixed(6)).join("\n")}\n`.repeat(Math.max(1, Math.round(18 * scale))),
  );
  for (const split of ["train", "test"]) {
    for (const polarity of ["pos", "neg"]) {
      const urls: string[] = [];
      for (let n = 0; n < perLabel; n += 1) {
        const rating = polarity === "pos" ? 7 + Math.floor(random() * 4) : 1 + Math.floor(random() * 4);
        write(`${split}/${polarity}/${n}_${rating}.txt`, review());
        urls.push(`http://www.imdb.com/title/tt${String(Math.floor(random() * 1e7)).padStart(7, "0")}/usercomments`);
      }
      write(`${split}/urls_${polarity}.txt`, `${urls.join("\n")}\n`);
    }
    write(`${split}/labeledBow.feat`, bagOfWords(21));
  }
  for (let n = 0; n < 4 * perLabel; n += 1) write(`train/unsup/${n}_0.txt`, review());
  write("train/unsupBow.feat", bagOfWords(41));

  const path = join(dir, "aclImdb_v1.tar.gz");
  const tar = spawnSync("tar", ["--format=gnu", "-czf", path, "-C", source, "aclImdb"], { encoding: "utf8" });
  rmSync(source, { recursive: true, force: true });
  if (tar.status !== 0) throw new Error(`the system's tar could not write the archive: ${tar.stderr || tar.error}`);
  return { path, bytes: statSync(path).size, files, reviews: 4 * perLabel };
}

import { createHash } from "node:crypto";
import { tarGzArchive, type TarMember } from "./tar-writer.js";

/** A review in the fixture: where it sits in the archive, and the CSV row it must become. */
export interface FixtureReview {
  readonly path: string;
  readonly raw: string;
  readonly row: {
    readonly id: string;
    readonly split: string;
    readonly rating: number;
    readonly text: string;
    readonly label: string;
  };
}

/** Reviews with the awkward bits of the real ones: HTML breaks, quotes, commas, line ends, non-ASCII. */
export const FIXTURE_REVIEWS: readonly FixtureReview[] = [
  {
    path: "aclImdb/train/pos/0_9.txt",
    raw: "A quiet, lovely film.<br /><br />The ending stayed with me.",
    row: {
      id: "train-pos-0",
      split: "train",
      rating: 9,
      text: "A quiet, lovely film.  The ending stayed with me.",
      label: "positive",
    },
  },
  {
    path: "aclImdb/train/pos/17_10.txt",
    raw: 'The "twist" is earned; 10/10.',
    row: { id: "train-pos-17", split: "train", rating: 10, text: 'The "twist" is earned; 10/10.', label: "positive" },
  },
  {
    path: "aclImdb/train/neg/3_1.txt",
    raw: "Two hours I will not get back.<br/>Avoid.",
    row: { id: "train-neg-3", split: "train", rating: 1, text: "Two hours I will not get back. Avoid.", label: "negative" },
  },
  {
    path: "aclImdb/train/neg/12_4.txt",
    raw: "Line one\nline two, with a comma\r\nand a café.",
    row: {
      id: "train-neg-12",
      split: "train",
      rating: 4,
      text: "Line one\nline two, with a comma\r\nand a café.",
      label: "negative",
    },
  },
  {
    path: "aclImdb/test/pos/5_7.txt",
    raw: "Better than I expected.",
    row: { id: "test-pos-5", split: "test", rating: 7, text: "Better than I expected.", label: "positive" },
  },
  {
    path: "aclImdb/test/neg/8_2.txt",
    raw: "Flat.<BR />Dull.",
    row: { id: "test-neg-8", split: "test", rating: 2, text: "Flat. Dull.", label: "negative" },
  },
];

/** Bytes that gzip cannot shrink, so the archive is big enough to cut in half and to report progress in steps. */
function noise(bytes: number, seed: number): Buffer {
  const buffer = Buffer.alloc(bytes);
  let state = seed;
  for (let index = 0; index < bytes; index++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    buffer[index] = state >>> 24;
  }
  return buffer;
}

/** A small `aclImdb_v1.tar.gz` in the real layout, with the files the converter must ignore. */
export async function imdbFixture(): Promise<{ archive: Buffer; sha256: string }> {
  const members: TarMember[] = [
    { path: "aclImdb/", type: "directory" },
    { path: "aclImdb/README", data: "Large Movie Review Dataset (test fixture)\n" },
    { path: "aclImdb/imdb.vocab", data: "the\nand\na\n" },
    { path: "aclImdb/train/", type: "directory" },
    { path: "aclImdb/train/pos/", type: "directory" },
    { path: "aclImdb/train/neg/", type: "directory" },
    { path: "aclImdb/train/labeledBow.feat", data: "9 0:1 1:2\n" },
    { path: "aclImdb/train/urls_pos.txt", data: "http://www.imdb.com/title/tt0000000/usercomments\n" },
    { path: "aclImdb/train/unsup/0_0.txt", data: noise(256 * 1024, 7) },
    { path: "aclImdb/train/unsup/1_0.txt", data: "Unlabelled: not part of the table." },
    { path: "aclImdb/test/", type: "directory" },
    { path: "aclImdb/test/pos/", type: "directory" },
    { path: "aclImdb/test/neg/", type: "directory" },
    { path: "aclImdb/test/pos/link.txt", type: "symlink", linkTarget: "5_7.txt" },
    // A name past tar's 100-byte field.
    { path: `aclImdb/test/notes/${"very-long-folder-name/".repeat(5)}99_9.txt`, data: "not a review either" },
  ];
  const [first, ...others] = FIXTURE_REVIEWS;
  // Reviews interleaved with the other files, as in the real archive.
  const ordered = [
    ...members.slice(0, 6),
    ...(first ? [{ path: first.path, data: first.raw }] : []),
    ...members.slice(6, 13),
    ...others.map((review) => ({ path: review.path, data: review.raw })),
    ...members.slice(13),
  ];
  const archive = await tarGzArchive(ordered);
  return { archive, sha256: createHash("sha256").update(archive).digest("hex") };
}

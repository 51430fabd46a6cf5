/** The source record `npm run data:add-source` writes for a new document, and the naming rules it applies. */
import { TO_FILL } from "./data-check.js";

/** The name a new document with this SHA-256 gets: the number after the highest in use, and the hash's first 16 hex digits. */
export function proposedDocumentFileName(existingFiles: readonly string[], sha256: string): string {
  const highest = Math.max(-1, ...existingFiles.map((file) => Number.parseInt(file.slice(0, 3), 10)).filter(Number.isFinite));
  return `${String(highest + 1).padStart(3, "0")}_${sha256.slice(0, 16)}.txt`;
}

/** A slug from the document's first line (its headline, usually): at most six words, plain ASCII, kebab-case. */
export function suggestedSourceSlug(text: string): string {
  const firstLine = text.split("\n").find((line) => line.trim() !== "") ?? "document";
  const words = firstLine
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.slice(0, 6).join("-") || "document";
}

/**
 * The skeleton of a source record: id, file and SHA-256 filled in, every other field marked {@link TO_FILL} with
 * what it wants, keys in the schema's order.
 */
export function sourceSkeleton(filled: { readonly id: string; readonly file: string; readonly sha256: string }): Record<string, unknown> {
  const mark = (what: string) => `${TO_FILL} ${what}`;
  return {
    ...filled,
    title: mark("the headline as printed, or a descriptive title of ours (then titleIsDescriptive: true)"),
    titleIsDescriptive: mark("true when the title is ours, false when it is the document's"),
    publisherIds: [mark("org: ids of the outlets named as publisher or credited as source; [] when the text names none")],
    published: mark("the publication date (YYYY, YYYY-MM or YYYY-MM-DD) as far as stated or inferable; delete when unknown"),
    dateCertainty: mark("stated, inferred or unknown"),
    dateNote: mark("how the date was inferred, or why it is unknown; delete when stated"),
    latestDateInText: mark("the latest date the text itself reports (YYYY, YYYY-MM or YYYY-MM-DD)"),
    language: mark("the BCP 47 language tag of the text, e.g. en"),
    kind: mark("news-report, official-statement-report or meeting-readout"),
    summary: mark("one line on what the document covers, in our words"),
    url: mark("the address the document was published at (check the page carries the same text); or delete this and write urlNote"),
  };
}

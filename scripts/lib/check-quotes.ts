import type { Dataset } from "../../src/schema/index.js";

/** Every citation in the dataset with the id of the record that carries it. */
export function allCitations(dataset: Dataset): { recordId: string; documentId: string; quote: string }[] {
  const out: { recordId: string; documentId: string; quote: string }[] = [];
  const add = (recordId: string, citations: Dataset["figures"][number]["citations"]) =>
    citations.forEach((c) => out.push({ recordId, documentId: c.documentId, quote: c.quote }));
  for (const person of dataset.people) {
    add(person.id, person.citations);
    if (person.death !== undefined) add(person.id, person.death.citations);
    for (const post of person.posts) add(post.id, post.citations);
  }
  for (const name of ["organizations", "places", "programs", "deployments", "events", "figures", "notes"] as const) {
    for (const record of dataset[name]) add(record.id, record.citations);
  }
  return out;
}

/**
 * Share of each document's characters that some quote covers (overlapping quotes counted once): the measure of
 * how much of an article the dataset reproduces.
 */
export function quoteCoverage(dataset: Dataset, textsByFile: ReadonlyMap<string, string>): Map<string, number> {
  const fileOf = new Map<string, string>(dataset.sources.map((source) => [source.id, source.file]));
  const covered = new Map<string, Uint8Array>([...textsByFile].map(([file, text]) => [file, new Uint8Array(text.length)]));
  for (const { documentId, quote } of allCitations(dataset)) {
    const file = fileOf.get(documentId) ?? "";
    const text = textsByFile.get(file);
    const marks = covered.get(file);
    if (text === undefined || marks === undefined) continue;
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) marks.fill(1, at, at + quote.length);
  }
  return new Map([...covered].map(([file, marks]) => [file, marks.reduce((sum, mark) => sum + mark, 0) / marks.length]));
}

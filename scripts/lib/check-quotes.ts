import type { Dataset } from "../../src/schema/index.js";

/** A citation whose quote is not found verbatim in its document. */
export interface QuoteProblem {
  readonly recordId: string;
  readonly documentId: string;
  readonly quote: string;
}

/** Every citation in the dataset with the id of the record that carries it. */
export function allCitations(dataset: Dataset): { recordId: string; documentId: string; quote: string }[] {
  const out: { recordId: string; documentId: string; quote: string }[] = [];
  const add = (recordId: string, citations: Dataset["figures"][number]["citations"]) =>
    citations.forEach((c) => out.push({ recordId, documentId: c.documentId, quote: c.quote }));
  for (const person of dataset.people) {
    add(person.id, person.citations);
    for (const post of person.posts) add(post.id, post.citations);
  }
  for (const name of ["organizations", "places", "programs", "deployments", "events", "figures", "notes"] as const) {
    for (const record of dataset[name]) add(record.id, record.citations);
  }
  return out;
}

/** The citations whose quote is not a verbatim substring of its document's text. */
export function findMisquotes(dataset: Dataset, textsByFile: ReadonlyMap<string, string>): QuoteProblem[] {
  const fileOf = new Map<string, string>(dataset.sources.map((source) => [source.id, source.file]));
  return allCitations(dataset).filter(({ documentId, quote }) => {
    const text = textsByFile.get(fileOf.get(documentId) ?? "");
    return text === undefined || !text.includes(quote);
  });
}

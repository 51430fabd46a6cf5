import type { Citation, DatasetAddition } from "../types.js";
import { quoteStatesValue, valueSpellings } from "./integrity.js";

/**
 * One citation that its document does not bear out, located by a dotted path such as `figures[3].citations[0].quote`.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { checkCitations, type CitationProblem } from "vietnam-us-relations/schemas";
 *
 * const problems: readonly CitationProblem[] = (await checkCitations(dataset, {})).problems;
 * console.log(problems[0]?.path, problems[0]?.message); // sources[0].file: no text was passed for …
 * ```
 */
export interface CitationProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * The outcome of {@link checkCitations}: `ok` when there is no problem.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { checkCitations, type CitationCheck } from "vietnam-us-relations/schemas";
 *
 * const check: CitationCheck = await checkCitations(dataset, {});
 * if (!check.ok) console.error(check.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
 * ```
 */
export interface CitationCheck {
  readonly ok: boolean;
  readonly problems: readonly CitationProblem[];
}

/** Every citation of the dataset with the path of its `citations` array. */
function* citationLists(dataset: DatasetAddition): Generator<readonly [string, readonly Citation[]]> {
  for (const [i, person] of (dataset.people ?? []).entries()) {
    yield [`people[${i}].citations`, person.citations];
    if (person.death !== undefined) yield [`people[${i}].death.citations`, person.death.citations];
    for (const [j, post] of person.posts.entries()) yield [`people[${i}].posts[${j}].citations`, post.citations];
  }
  for (const name of ["organizations", "places", "programs", "deployments", "events", "figures", "notes"] as const) {
    for (const [i, record] of (dataset[name] ?? []).entries()) yield [`${name}[${i}].citations`, record.citations];
  }
}

/** SHA-256 (lowercase hex) of the UTF-8 encoding of `text`, by Web Crypto: in Node (20 and later), browsers, Deno and Bun. */
async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

function textOf(documents: Readonly<Record<string, string>>, file: string): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(documents, file)) return undefined;
  const text = documents[file];
  return typeof text === "string" ? text : undefined;
}

/**
 * Checks the citations of a dataset, or of the records you add to one (any of its collections, as `mergeDatasets`
 * takes them), against the documents' texts, as the package's build checks its own: every quote
 * verbatim (character for character) in its document, each figure's value stated by one of its quotes, and each
 * source's `sha256`, where it has one, equal to the SHA-256 of its text's UTF-8 bytes. A source whose text is not
 * passed is a problem too.
 *
 * `documents` maps each source's `file` to the document's text, e.g. `{ "newsroom/2026-01-20.txt": text }`, so
 * it works wherever the texts come from (files, `fetch`, a database). Asynchronous because the hashes are
 * computed with Web Crypto (`crypto.subtle`), which browsers offer in secure contexts (HTTPS, localhost) only;
 * elsewhere a source with a `sha256` is reported as not checkable.
 *
 * It does not check what {@link validateDataset} checks (ids, references, schemas); run both.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { checkCitations } from "vietnam-us-relations/schemas";
 *
 * const documents: Record<string, string> = {};
 * for (const source of dataset.sources) documents[source.file] = await (await fetch(`/documents/${source.file}`)).text();
 * const check = await checkCitations(dataset, documents);
 * if (!check.ok) console.error(check.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
 * ```
 */
export async function checkCitations(dataset: DatasetAddition, documents: Readonly<Record<string, string>>): Promise<CitationCheck> {
  const problems: CitationProblem[] = [];
  const sources = new Map<string, { readonly file: string; readonly text: string | undefined }>();
  for (const [i, source] of (dataset.sources ?? []).entries()) {
    const text = textOf(documents, source.file);
    sources.set(source.id, { file: source.file, text });
    if (text === undefined) {
      problems.push({ path: `sources[${i}].file`, message: `no text was passed for "${source.file}" (${source.id}), so its quotes could not be checked` });
    } else if (source.sha256 !== undefined) {
      if (globalThis.crypto?.subtle === undefined) {
        problems.push({ path: `sources[${i}].sha256`, message: "not checked: Web Crypto (crypto.subtle) is not available here (a browser offers it in secure contexts only)" });
        continue;
      }
      const actual = await sha256Hex(text);
      if (actual !== source.sha256) {
        problems.push({
          path: `sources[${i}].sha256`,
          message: `the text of ${source.file} (${source.id}) differs from the document the data was checked against (SHA-256 ${actual}, expected ${source.sha256})`,
        });
      }
    }
  }
  for (const [path, citations] of citationLists(dataset)) {
    for (const [j, { documentId, quote }] of citations.entries()) {
      const source = sources.get(documentId);
      if (source === undefined) problems.push({ path: `${path}[${j}].documentId`, message: `"${documentId}" is not a source of this dataset` });
      else if (source.text !== undefined && !source.text.includes(quote)) {
        problems.push({ path: `${path}[${j}].quote`, message: `quote not found verbatim in ${documentId} (${source.file}): "${quote}"` });
      }
    }
  }
  for (const [i, figure] of (dataset.figures ?? []).entries()) {
    if (!figure.citations.some((citation) => quoteStatesValue(citation.quote, figure.value))) {
      problems.push({ path: `figures[${i}].citations`, message: `no quote states the value ${figure.value} (${valueSpellings(figure.value).join(" / ")})` });
    }
  }
  return { ok: problems.length === 0, problems };
}

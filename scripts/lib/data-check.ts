/**
 * The data checks, as `npm run data:check` and the first step of `npm run build` run them: schemas and cross-record
 * rules, the project's own rules for authored data (provenance, file names and hashes, no fields left to fill), then everything that
 * needs the documents (SHA-256, verbatim quotes, coverage, files not listed).
 */
import type { Dataset } from "../../src/schema/index.js";
import { PROBLEMS_LISTED, validateDataset } from "../../src/schema/index.js";
import { loadAuthoredDataset } from "./load-data.js";
import { DATA_DIR, SOURCES_DIR } from "./paths.js";
import { ScriptError } from "./script-error.js";
import { shippedSourceProblems } from "./shipped-sources.js";
import { checkSourceDocuments } from "./source-texts.js";

/** The mark `npm run data:add-source` puts in every field of a skeleton that a person has to fill in. */
export const TO_FILL = "TO FILL:";

export interface DataCheckResult {
  /** The validated dataset, when the schemas and cross-record rules pass. */
  readonly dataset: Dataset | undefined;
  /** One line per problem, indented by two spaces, each naming the record or file at fault; empty when all pass. */
  readonly problems: readonly string[];
  /** Whether the documents were found (and the checks that need them ran). */
  readonly documentsChecked: boolean;
}

/** Where a string in the raw data still carries {@link TO_FILL}, as `sources[5].title` paths. */
function fieldsToFill(value: unknown, path: string, into: string[]): string[] {
  if (typeof value === "string" && value.startsWith(TO_FILL)) into.push(path);
  else if (Array.isArray(value)) value.forEach((item, index) => fieldsToFill(item, `${path}[${index}]`, into));
  else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) fieldsToFill(child, path === "" ? key : `${path}.${key}`, into);
  }
  return into;
}

/**
 * The project's rule on provenance: a source says where it was published (`url`) or why it cannot (`urlNote`),
 * never both. Not a schema rule: consumers' own datasets need not follow it.
 */
function provenanceProblems(dataset: Dataset): string[] {
  return dataset.sources.flatMap((source) => {
    if (source.url === undefined && source.urlNote === undefined) {
      return [`  ${source.id}: has neither url nor urlNote; give the address the document was published at, or a urlNote saying why it has none`];
    }
    if (source.url !== undefined && source.urlNote !== undefined) {
      return [`  ${source.id}: has both url and urlNote; urlNote is only for a source without a url`];
    }
    return [];
  });
}

/**
 * Runs every data check on the authored data in `dataDir` against the documents in `sourcesDir`. Throws a
 * {@link ScriptError} when a data file cannot be read or parsed.
 */
export async function checkData(options: { readonly dataDir?: string; readonly sourcesDir?: string } = {}): Promise<DataCheckResult> {
  const { dataDir = DATA_DIR, sourcesDir = SOURCES_DIR } = options;
  let raw: Record<string, unknown>;
  try {
    raw = loadAuthoredDataset(dataDir);
  } catch (error) {
    throw new ScriptError(`cannot read the data in ${dataDir}: ${(error as Error).message}`);
  }
  const toFill = new Set(fieldsToFill(raw, "", []));
  const problems = [...toFill].map((path) => `  ${path}: still marked "${TO_FILL}"; replace it with what the document gives`);
  const validation = validateDataset(raw);
  if (!validation.ok) {
    // A field still to fill fails its schema too; the line above already says what to do.
    problems.push(...validation.problems.filter((p) => !toFill.has(p.path)).map((p) => `  ${p.path}: ${p.message}`));
    return { dataset: undefined, problems, documentsChecked: false };
  }
  problems.push(...provenanceProblems(validation.dataset), ...shippedSourceProblems(validation.dataset));
  const documentProblems = await checkSourceDocuments(validation.dataset, sourcesDir);
  problems.push(...(documentProblems ?? []));
  return { dataset: validation.dataset, problems, documentsChecked: documentProblems !== undefined };
}

/** The one-line summary of a passing check: the records counted from the data, and what was checked. */
export function describePassingCheck(dataset: Dataset, documentsChecked: boolean): string {
  const counts = Object.entries(dataset)
    .filter(([, value]) => Array.isArray(value))
    .map(([name, value]) => `${(value as unknown[]).length} ${name}`)
    .join(", ");
  return `${counts} — valid${documentsChecked ? ", documents identical by SHA-256, every quote verbatim, quote coverage within limits, every document listed" : ""}.`;
}

/**
 * The problem lines as a script prints them: the first {@link PROBLEMS_LISTED}, each whole, and a last line counting
 * the rest (validateDataset's own list is capped already; the other checks add theirs).
 */
export function listProblems(problems: readonly string[]): string {
  const shown =
    problems.length <= PROBLEMS_LISTED + 1
      ? problems
      : [...problems.slice(0, PROBLEMS_LISTED), `  ${problems.length - PROBLEMS_LISTED} more problem(s) not listed`];
  return shown.join("\n");
}

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { checkCitations, type Dataset } from "../../src/schema/index.js";
import { quoteCoverage } from "./check-quotes.js";
import { SOURCES_DIR } from "./paths.js";
import { ScriptError } from "./script-error.js";

/** The most of any document the union of its quotes may cover: quotes cite, they do not copy. */
export const MAX_QUOTE_COVERAGE = 0.4;

/** The checks that need the documents themselves, named as the build reports them when it has to skip them. */
export const DOCUMENT_CHECKS = [
  "the SHA-256 of each document against its source record",
  "every quote verbatim against its document",
  `the share of each document the quotes cover (at most ${MAX_QUOTE_COVERAGE * 100} %)`,
  "that every file in the folder is listed in data/sources.json",
] as const;

/** The source documents' texts by file name, or `undefined` when the folder is not there. */
export function readSourceTexts(files: readonly string[], dir: string = SOURCES_DIR): Map<string, string> | undefined {
  if (!existsSync(dir)) return undefined;
  return new Map(files.map((file) => [file, readFileSync(resolve(dir, file), "utf8")]));
}

/** SHA-256 (lowercase hex) of a file's bytes. */
export function sha256OfFile(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/**
 * Everything the build checks against the documents in `dir`, as problem lines naming the file or record at fault,
 * or `undefined` when `dir` does not exist (the caller says which checks it skipped: {@link DOCUMENT_CHECKS}).
 * Missing and unlisted files come first, then the hashes: a document whose text differs makes its quote failures
 * expected, and its name is the news. The hashes and quotes are checked by `checkCitations`, the function users run
 * on their own documents.
 */
export async function checkSourceDocuments(dataset: Dataset, dir: string = SOURCES_DIR): Promise<string[] | undefined> {
  if (!existsSync(dir)) return undefined;
  const problems: string[] = [];
  const texts = new Map<string, string>();
  for (const source of dataset.sources) {
    const path = resolve(dir, source.file);
    if (existsSync(path)) texts.set(source.file, readFileSync(path, "utf8"));
    else problems.push(`  ${source.id}: document ${source.file} is missing from ${dir}; ${whereToGet(source)}`);
  }
  for (const file of findUnlistedDocuments(dataset, dir)) {
    problems.push(
      `  ${file}: this file in ${dir} is not listed in data/sources.json; run \`npm run data:add-source -- ${resolve(dir, file)}\` to add it as a source, or move it out of the folder`,
    );
  }
  if (problems.length > 0) return problems;
  const check = await checkCitations(dataset, Object.fromEntries(texts));
  const hashProblems = check.problems.filter((problem) => /^sources\[\d+\]\.sha256$/.test(problem.path));
  if (hashProblems.length > 0) {
    return hashProblems.map((problem) => {
      const source = dataset.sources[Number(/\d+/.exec(problem.path)![0])]!;
      return `  ${problem.path}: ${problem.message}; replace it with the original text (${whereToGet(source)}), or, if it is meant to be a different document, restore the original and add the new one as a new source with \`npm run data:add-source\``;
    });
  }
  problems.push(...check.problems.map((problem) => `  ${problem.path}: ${problem.message}`));
  if (problems.length > 0) return problems;
  for (const [file, share] of quoteCoverage(dataset, texts)) {
    if (share > MAX_QUOTE_COVERAGE) {
      problems.push(`  ${file}: quotes cover ${(share * 100).toFixed(1)} % of the text, more than ${MAX_QUOTE_COVERAGE * 100} %`);
    }
  }
  return problems;
}

/** What to do to get a source's document: its URL when it has one, the guide's section in any case. */
function whereToGet(source: Dataset["sources"][number]): string {
  const guide = "see CONTRIBUTING.md, \"Obtaining the documents\"";
  return source.url === undefined ? `obtain it (${guide})` : `obtain it from ${source.url} (${guide})`;
}

/**
 * Files in the documents folder that no source record lists (hidden files aside): a document added without its
 * source record, whose quotes nothing would check.
 */
export function findUnlistedDocuments(dataset: Dataset, dir: string = SOURCES_DIR): string[] {
  if (!existsSync(dir)) return [];
  const listed = new Set(dataset.sources.map((source) => source.file));
  return readdirSync(dir)
    .filter((file) => !file.startsWith(".") && !listed.has(file) && statSync(resolve(dir, file)).isFile())
    .sort();
}

/**
 * Says loudly that the documents are missing and exactly which checks were skipped; in CI (`CI=true`) that is an
 * error (a {@link ScriptError}: one line, no stack trace), elsewhere a warning.
 */
export function reportMissingSources(dir: string = SOURCES_DIR): void {
  const message = `Source documents not found at ${dir}. Skipped: ${DOCUMENT_CHECKS.join("; ")}. Put the documents listed in data/sources.json there (see CONTRIBUTING.md, "Obtaining the documents") or point VUR_SOURCES_DIR at the folder that holds them.`;
  if (process.env.CI === "true") throw new ScriptError(message);
  console.warn(`\n*** WARNING *** ${message}\n`);
}

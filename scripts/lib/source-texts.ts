import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { checkCitations, type Dataset } from "../../src/schema/index.js";
import { quoteCoverage } from "./check-quotes.js";
import { SOURCES_DIR } from "./paths.js";

/** The most of any document the union of its quotes may cover: quotes cite, they do not copy. */
export const MAX_QUOTE_COVERAGE = 0.4;

/** The checks that need the documents themselves, named as the build reports them when it has to skip them. */
export const DOCUMENT_CHECKS = [
  "the SHA-256 of each document against its source record",
  "every quote verbatim against its document",
  `the share of each document the quotes cover (at most ${MAX_QUOTE_COVERAGE * 100} %)`,
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
 * Everything the build checks against the documents in `dir`, as problem lines naming the path at fault, or
 * `undefined` when `dir` does not exist (the caller says which checks it skipped: {@link DOCUMENT_CHECKS}). The
 * hashes and quotes are checked by `checkCitations`, the function users run on their own documents; a document
 * whose text differs makes its quote failures expected, so only the hash problems are listed then.
 */
export async function checkSourceDocuments(dataset: Dataset, dir: string = SOURCES_DIR): Promise<string[] | undefined> {
  if (!existsSync(dir)) return undefined;
  const texts = new Map<string, string>();
  for (const source of dataset.sources) {
    const path = resolve(dir, source.file);
    if (existsSync(path)) texts.set(source.file, readFileSync(path, "utf8"));
  }
  const check = await checkCitations(dataset, Object.fromEntries(texts));
  const documentProblems = check.problems.filter((problem) => /^sources\[\d+\]\./.test(problem.path));
  const problems = (documentProblems.length > 0 ? documentProblems : check.problems).map((p) => `  ${p.path}: ${p.message}`);
  if (problems.length > 0) return problems;
  for (const [file, share] of quoteCoverage(dataset, texts)) {
    if (share > MAX_QUOTE_COVERAGE) {
      problems.push(`  ${file}: quotes cover ${(share * 100).toFixed(1)} % of the text, more than ${MAX_QUOTE_COVERAGE * 100} %`);
    }
  }
  return problems;
}

/** Says loudly that the documents are missing and exactly which checks were skipped; in CI (`CI=true`) that is an error, elsewhere a warning. */
export function reportMissingSources(dir: string = SOURCES_DIR): void {
  const message = `Source documents not found at ${dir}. Skipped: ${DOCUMENT_CHECKS.join("; ")}. Put the five documents there or set VUR_SOURCES_DIR.`;
  if (process.env.CI === "true") throw new Error(message);
  console.warn(`\n*** WARNING *** ${message}\n`);
}

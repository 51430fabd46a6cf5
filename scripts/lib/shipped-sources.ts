import type { Dataset } from "../../src/schema/index.js";

/**
 * The project's own conventions for the documents it ships, which the schemas leave open (a user's source may have
 * any relative path and no hash): each file is named `NNN_<16 hex>.txt` in the one sources folder — a three-digit
 * number, `_`, 16 lowercase hex digits — and each source carries the SHA-256 of its text, so that a contributor
 * knows whether their copy is the same text. For a new document the number is the next free one and the hex digits
 * are the first 16 of the text's SHA-256 (the shipped documents' hex digits came with them and are no hash of their
 * text we could find; see CONTRIBUTING.md).
 */
export const SHIPPED_FILE_NAME = /^[0-9]{3}_[0-9a-f]{16}\.txt$/;

/** The shipped sources that break those conventions, as problem lines naming the record at fault. */
export function shippedSourceProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  dataset.sources.forEach((source, i) => {
    if (!SHIPPED_FILE_NAME.test(source.file)) {
      problems.push(`  sources[${i}].file: "${source.file}" (${source.id}) is not named like the project's documents, NNN_<16 hex>.txt`);
    }
    if (source.sha256 === undefined) {
      problems.push(`  sources[${i}].sha256: ${source.id} has no SHA-256 of its document; every shipped source needs one`);
    }
  });
  return problems;
}

import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { SOURCES_DIR } from "./paths.js";

/** The source documents' texts by file name, or `undefined` when the folder is not there. */
export function readSourceTexts(files: readonly string[]): Map<string, string> | undefined {
  if (!existsSync(SOURCES_DIR)) return undefined;
  return new Map(files.map((file) => [file, readFileSync(resolve(SOURCES_DIR, file), "utf8")]));
}

/** Says loudly that the documents are missing; in CI (`CI=true`) that is an error, elsewhere a warning. */
export function reportMissingSources(): void {
  const message = `Source documents not found at ${SOURCES_DIR}: quotes were NOT checked against them. Put the documents there or set VUR_SOURCES_DIR.`;
  if (process.env.CI === "true") throw new Error(message);
  console.warn(`\n*** WARNING *** ${message}\n`);
}

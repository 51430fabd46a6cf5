/**
 * `npm run data:add-source -- <file> [--id <slug>]`: appends to data/sources.json a source record skeleton for a new
 * document in the documents folder, with its id, file name and SHA-256 filled in and every field a person has to
 * fill marked `TO FILL:` (which `npm run data:check` lists until each is filled). Refuses a file that is already a
 * source (same name or same text), a file outside the documents folder, and a name off the convention.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { TO_FILL } from "./lib/data-check.js";
import { collectionFile } from "./lib/load-data.js";
import { SOURCES_DIR } from "./lib/paths.js";
import { runScript, ScriptError } from "./lib/script-error.js";
import { sha256OfFile } from "./lib/source-texts.js";
import { SHIPPED_FILE_NAME } from "./lib/shipped-sources.js";
import { proposedDocumentFileName, sourceSkeleton, suggestedSourceSlug } from "./lib/source-skeleton.js";

const USAGE = "usage: npm run data:add-source -- <file in the documents folder> [--id <slug>]";

await runScript("data:add-source", () => {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { id: { type: "string" }, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    throw new ScriptError(`${(error as Error).message}\n${USAGE}`);
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return;
  }
  if (parsed.positionals.length !== 1) throw new ScriptError(`give exactly one document file\n${USAGE}`);
  const path = resolve(parsed.positionals[0]!);
  if (!existsSync(path)) throw new ScriptError(`${path} does not exist`);
  if (dirname(path) !== resolve(SOURCES_DIR)) {
    throw new ScriptError(`${path} is not in the documents folder ${resolve(SOURCES_DIR)}; copy it there first (or point VUR_SOURCES_DIR at its folder)`);
  }

  const sourcesFile = collectionFile("sources");
  const sources = JSON.parse(readFileSync(sourcesFile, "utf8")) as { id: string; file: string; sha256: string }[];
  const file = basename(path);
  const sha256 = sha256OfFile(path);
  const same = sources.find((source) => source.file === file || source.sha256 === sha256);
  if (same !== undefined) {
    throw new ScriptError(`${file} is already a source: ${same.id} (${same.file === file ? "same file name" : `same text as ${same.file}`}); nothing written`);
  }
  const proposed = proposedDocumentFileName(sources.map((source) => source.file), sha256);
  if (!SHIPPED_FILE_NAME.test(file) || sources.some((source) => source.file.slice(0, 3) === file.slice(0, 3))) {
    throw new ScriptError(`${file} does not follow the file-name convention (NNN_<16 hex>.txt, a new number); rename it to ${proposed} and run this again`);
  }

  const id = `source:${parsed.values.id ?? suggestedSourceSlug(readFileSync(path, "utf8"))}`;
  if (sources.some((source) => source.id === id)) throw new ScriptError(`${id} is already taken; choose another with --id <slug>`);
  const skeleton = sourceSkeleton({ id, file, sha256 });
  writeFileSync(sourcesFile, `${JSON.stringify([...sources, skeleton], null, 2)}\n`);
  console.log(
    `data:add-source: added ${id} for ${file} to data/sources.json. Fill in every field marked "${TO_FILL}" (\`npm run data:check\` lists those left), then cite the document from the records it supports.`,
  );
});

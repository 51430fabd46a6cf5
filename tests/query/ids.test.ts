import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { dataset } from "../../src/index.js";

/**
 * Editors get their completions from TypeScript's language service: ask it, as an editor would, what it offers
 * inside the quotes of each helper's id argument, over the library's own sources.
 */
const root = resolve(import.meta.dirname, "../..");
const file = resolve(root, "tests/query/__completions__.ts");

// One language service for every question, as in an editor: only the scratch file changes between questions.
let scratch = "";
let version = 0;
const service = ts.createLanguageService({
  getScriptFileNames: () => [file],
  getScriptVersion: (name) => (name === file ? String(version) : "1"),
  getScriptSnapshot: (name) => {
    if (name === file) return ts.ScriptSnapshot.fromString(scratch);
    try {
      return ts.ScriptSnapshot.fromString(readFileSync(name, "utf8"));
    } catch {
      return undefined;
    }
  },
  getCurrentDirectory: () => root,
  getCompilationSettings: () => ({ module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, target: ts.ScriptTarget.ES2022, types: [] }),
  getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
  fileExists: (name) => name === file || ts.sys.fileExists(name),
  readFile: (name) => (name === file ? scratch : ts.sys.readFile(name)),
});

/** The completions an editor offers at the `@@` in a source text. */
function completionsAt(source: string): string[] {
  scratch = source.replace("@@", "");
  version += 1;
  const completions = service.getCompletionsAtPosition(file, source.indexOf("@@"), {});
  return (completions?.entries ?? []).map((entry) => entry.name);
}

const header =
  'import { findDeploymentsFrom, findEventsInvolving, findFiguresAbout, findNotesAbout, findPostsHeld, findPostsIn, findRecordsBySource, getEntity, resolveEvent } from "../../src/index.js";\n';

describe("typed ids", () => {
  it("editors offer the shipped ids of the right kind, and only those", () => {
    const liveIds = (records: readonly { id: string; deprecated?: unknown }[]) =>
      records.filter((record) => record.deprecated === undefined).map((record) => record.id).sort();
    const people = liveIds(dataset.people);
    expect(completionsAt(`${header}findPostsHeld("@@");`).sort()).toEqual(people);
    expect(completionsAt(`${header}findRecordsBySource("@@");`).sort()).toEqual(liveIds(dataset.sources));
    expect(completionsAt(`${header}resolveEvent("@@");`).sort()).toEqual(liveIds(dataset.events));
    const entities = completionsAt(`${header}findEventsInvolving("@@");`);
    expect(entities).toContain("org:vietnam-ministry-of-national-defence");
    expect(entities).toContain("program:us-mia-search");
    expect(entities).not.toContain("event:2025-11-02-giang-hegseth-talks");
    expect(completionsAt(`${header}getEntity("@@");`)).toContain("note:bien-hoa-aid-total-scope");
    expect(completionsAt(`${header}findFiguresAbout("@@");`)).toContain("event:2025-07-25-170th-remains-handover");
    expect(completionsAt(`${header}findNotesAbout("@@");`)).toContain("figure:2025-11-02-us-identified-cases");
    expect(completionsAt(`${header}findPostsIn("@@");`)).toContain("org:vietnam-ministry-of-national-defence");
    expect(completionsAt(`${header}findDeploymentsFrom("@@");`)).toContain("place:vietnam");
  }, 60_000);

  it("the helpers still accept any well-formed id of the right kind, and reject other kinds", () => {
    const program = ts.createProgram([file], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, types: [] }, {
      ...ts.createCompilerHost({}),
      getSourceFile: (name, version) =>
        name === file
          ? ts.createSourceFile(
              name,
              `${header}const mine: \`person:\${string}\` = "person:someone-i-added";
findPostsHeld(mine);
findPostsHeld("person:not-shipped");
findRecordsBySource("source:mine");
findEventsInvolving("org:mine", { viaPosts: true });
// @ts-expect-error: an organization id is not a person id
findPostsHeld("org:vietnam-ministry-of-national-defence");
// @ts-expect-error: not an id
findPostsHeld("pete");
`,
              version,
            )
          : ts.createSourceFile(name, readFileSync(name, "utf8"), version),
      fileExists: (name) => name === file || ts.sys.fileExists(name),
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(problems).toEqual([]);
  }, 60_000);
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const entries = { "vietnam-us-relations": "src/index.ts", "vietnam-us-relations/schemas": "src/schema/index.ts", "vietnam-us-relations/diff": "src/diff/index.ts" };

interface DocumentedExport {
  readonly entry: string;
  readonly name: string;
  readonly summary: string;
  readonly examples: readonly string[];
}

function publicExports(): DocumentedExport[] {
  const program = ts.createProgram(
    Object.values(entries).map((file) => resolve(root, file)),
    { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const found: DocumentedExport[] = [];
  for (const [entry, file] of Object.entries(entries)) {
    const source = program.getSourceFile(resolve(root, file));
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`cannot read ${file}`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = symbol.getDeclarations() ?? [];
      const tags = declarations.flatMap((declaration) => ts.getJSDocTags(declaration));
      const examples = tags
        .filter((tag) => tag.tagName.text === "example")
        .map((tag) => ts.getTextOfJSDocComment(tag.comment) ?? "");
      const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker));
      found.push({ entry, name: exported.name, summary, examples });
    }
  }
  return found;
}

const documented = publicExports();

describe("API documentation", () => {
  it("covers both entry points", () => {
    expect(documented.filter((e) => e.entry === "vietnam-us-relations").length).toBeGreaterThan(30);
    expect(documented.filter((e) => e.entry === "vietnam-us-relations/schemas").length).toBeGreaterThan(30);
  });

  it("gives every export a TSDoc summary and an @example", () => {
    const missing = documented.filter((e) => e.summary.trim() === "" || e.examples.length === 0).map((e) => `${e.entry}: ${e.name}`);
    expect(missing).toEqual([]);
  });

  const workDir = mkdtempSync(join(tmpdir(), "vur-examples-"));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it("has examples that type-check against the package", () => {
    const files: string[] = [];
    const seen = new Set<string>();
    for (const { entry, name, examples } of documented) {
      for (const example of examples) {
        const code = /```ts\n([\s\S]*?)```/.exec(example)?.[1];
        if (code === undefined) throw new Error(`${entry}: ${name} has an @example without a \`\`\`ts block`);
        if (seen.has(code)) continue;
        seen.add(code);
        const file = join(workDir, `${files.length}-${name}.ts`);
        // Each example is a module of its own; `export {}` keeps names from clashing across files.
        writeFileSync(file, `${code}\nexport {};\n`);
        files.push(file);
      }
    }
    mkdirSync(join(workDir, "node_modules"), { recursive: true });
    const program = ts.createProgram(files, {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      resolveJsonModule: true,
      allowImportingTsExtensions: true,
      types: [],
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      paths: Object.fromEntries(Object.entries(entries).map(([specifier, file]) => [specifier, [resolve(root, file)]])),
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${d.file.fileName.slice(workDir.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : "";
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
    expect(diagnostics).toEqual([]);
    expect(files.length).toBeGreaterThan(20);
  }, 60_000);
});

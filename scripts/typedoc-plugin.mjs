// @ts-check
/**
 * TypeDoc plugin for the API reference (typedoc.json `plugin`). TypeDoc loads plugins as plain JavaScript, hence
 * `.mjs`. It does what no TypeDoc option does:
 *
 * - groups each export by purpose, from the file that declares it, so the index reads like a data reference
 *   (Data, Queries, Dates, Record types, Ids, Kinds, Schemas, Validation) and a new export lands in the right
 *   group without a tag; an explicit `@group` tag still wins;
 * - gives a re-export the one-line summary of what it re-exports, for the index of the schemas entry;
 * - drops "Defined in" links to files the repository does not hold, which would lead nowhere: generated
 *   (git-ignored) modules, and TypeScript's and Node's declarations that inherited members come from;
 * - keeps the members of anonymous object types (`schemas.ID_PREFIXES.__type.events`) out of the search, where
 *   their internal names mean nothing to a reader.
 */
import { CommentTag, Comment, Converter, ReflectionKind, Renderer } from "typedoc";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** @type {readonly [RegExp, string | ((kind: ReflectionKind, name: string) => string)][]} */
const GROUPS = [
  [/\/src\/(dataset|query\/merge)\.ts$/, "Data"],
  [/\/src\/query\//, "Queries"],
  [/\/src\/display\//, "Display"],
  [/\/src\/dates\.ts$/, "Dates"],
  [/\/src\/diff\//, "Diff"],
  [/\/src\/schema\/(integrity|citations)\.ts$/, "Validation"],
  [/\/src\/schema\//, "Schemas"],
  [/\/src\/generated\/ids\.ts$/, "Ids"],
  [/\/src\/generated\/enums\.ts$/, "Kinds"],
  [
    /\/src\/(generated\/record-types|types|deep-readonly)\.ts$/,
    (kind, name) =>
      name === "DatasetAddition"
        ? "Data"
        : kind === ReflectionKind.Interface || name === "DeepReadonly"
          ? "Record types"
          : /Id$/.test(name)
            ? "Ids"
            : "Kinds",
  ],
];

const SOURCE_DIR = fileURLToPath(new URL("../src/", import.meta.url)).replaceAll("\\", "/");

/**
 * Whether a declaration's file is one the repository holds, so that its "Defined in" link leads somewhere: the
 * authored sources under src/, not src/generated/ (git-ignored) nor anything outside src/ (node_modules).
 * @param {string} fileName
 */
function isLinkedSource(fileName) {
  const file = fileName.replaceAll("\\", "/");
  return file.startsWith(SOURCE_DIR) && !file.startsWith(`${SOURCE_DIR}generated/`);
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  /** @type {Map<import("typedoc").DeclarationReflection, string>} */
  const groupOf = new Map();

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.parent?.kindOf(ReflectionKind.Module)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    // A re-export (the schemas entry re-exports the record types) belongs where the exported thing is declared.
    const declared = symbol && symbol.flags & ts.SymbolFlags.Alias ? context.checker.getAliasedSymbol(symbol) : symbol;
    const file = declared?.declarations?.[0]?.getSourceFile().fileName.replaceAll("\\", "/");
    if (file === undefined) return;
    const rule = GROUPS.find(([pattern]) => pattern.test(file));
    if (rule === undefined) return;
    const kind = declared && declared.flags & ts.SymbolFlags.Interface ? ReflectionKind.Interface : reflection.kind;
    groupOf.set(reflection, typeof rule[1] === "string" ? rule[1] : rule[1](kind, reflection.name));
  });

  // TypeDoc sorts reflections into groups at RESOLVE_END; the comments are complete by RESOLVE_BEGIN.
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, () => {
    for (const [reflection, group] of groupOf) {
      reflection.comment ??= new Comment();
      if (reflection.comment.blockTags.some((tag) => tag.tag === "@group")) continue;
      reflection.comment.blockTags.push(new CommentTag("@group", [{ kind: "text", text: group }]));
    }
    groupOf.clear();
  });

  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const reflection of Object.values(context.project.reflections)) {
      // A re-export (the schemas entry re-exports the record types) shows the summary of what it re-exports.
      if (reflection.isReference() && !reflection.comment?.summary.some((part) => part.text.trim() !== "")) {
        const summary = reflection.tryGetTargetReflectionDeep()?.comment?.summary;
        if (summary !== undefined) {
          reflection.comment ??= new Comment();
          reflection.comment.summary = Comment.cloneDisplayParts(summary);
        }
      }
      if ("sources" in reflection && reflection.sources !== undefined) {
        const linked = reflection.sources.filter((source) => isLinkedSource(source.fullFileName));
        reflection.sources = linked.length > 0 ? linked : undefined;
      }
    }
  });

  app.renderer.on(Renderer.EVENT_PREPARE_INDEX, (event) => {
    for (let index = event.searchResults.length - 1; index >= 0; index -= 1) {
      if (event.searchResults[index]?.getFullName().includes("__type")) event.removeResult(index);
    }
  });
}

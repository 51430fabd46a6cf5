// @ts-check
/**
 * TypeDoc plugin for the API reference (typedoc.json `plugin`). TypeDoc loads plugins as plain JavaScript, hence
 * `.mjs`. It does what no TypeDoc option does:
 *
 * - groups each export by purpose, from the file that declares it, so the index reads like a data reference
 *   (Data, Queries, Dates, Record types, Ids, Kinds, Schemas, Validation) and a new export lands in the right
 *   group without a tag; an explicit `@group` tag still wins;
 * - gives a re-export the one-line summary of what it re-exports, for the index of the schemas entry;
 * - drops "Defined in" links to generated (git-ignored) modules, which would lead nowhere;
 * - keeps the members of anonymous object types (`schemas.ID_PREFIXES.__type.events`) out of the search, where
 *   their internal names mean nothing to a reader.
 */
import { CommentTag, Comment, Converter, ReflectionKind, Renderer } from "typedoc";
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
      // Generated modules are git-ignored: a "Defined in" link to them would lead nowhere.
      if ("sources" in reflection && reflection.sources?.some((source) => source.fullFileName.includes("/src/generated/"))) {
        reflection.sources = undefined;
      }
    }
  });

  app.renderer.on(Renderer.EVENT_PREPARE_INDEX, (event) => {
    for (let index = event.searchResults.length - 1; index >= 0; index -= 1) {
      if (event.searchResults[index]?.getFullName().includes("__type")) event.removeResult(index);
    }
  });
}

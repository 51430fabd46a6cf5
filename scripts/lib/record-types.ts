/**
 * Generates the public record types (src/generated/record-types.ts) from the JSON Schema that zod makes of the
 * schemas, with json-schema-to-typescript. The schemas' metadata is the one source: each named schema becomes a
 * named type whose TSDoc is its description, and each field carries its field description. Two things JSON Schema
 * cannot say are added here: ids are template literal types (`event:${string}`), and every field and array is
 * readonly (the dataset is frozen at run time).
 */
import { compile, type JSONSchema } from "json-schema-to-typescript";
import ts from "typescript";
import { z } from "zod";
import { datasetSchema } from "../../src/schema/index.js";
import { COLLECTIONS } from "./load-data.js";

type Json = Record<string, unknown>;

/** The package name the generated examples import from (they are type-checked like every other example). */
const PACKAGE = "vietnam-us-relations";

/** The TypeScript type of a template literal schema: `z.templateLiteral([z.literal("event:"), slug])` is `event:${string}`. */
function templateLiteralType(schema: z.core.$ZodType): string {
  const parts = (schema._zod.def as unknown as { parts: unknown[] }).parts.map((part) => {
    if (typeof part !== "object" || part === null) return String(part).replace(/[`$\\]/g, "\\$&");
    const def = (part as z.core.$ZodType)._zod.def as unknown as { type: string; values?: unknown[] };
    if (def.type === "literal") return String(def.values?.[0]).replace(/[`$\\]/g, "\\$&");
    if (def.type === "number") return "${number}";
    return "${string}";
  });
  return `\`${parts.join("")}\``;
}

/** The JSON Schema of the dataset, with `tsType` on each template literal (id) type. */
function jsonSchemaForTypes(): Json {
  return z.toJSONSchema(datasetSchema, {
    target: "draft-2020-12",
    io: "output",
    override(ctx) {
      if (ctx.zodSchema._zod.def.type === "template_literal" && !("$ref" in ctx.jsonSchema)) {
        (ctx.jsonSchema as Json).tsType = templateLiteralType(ctx.zodSchema);
      }
    },
  }) as Json;
}

/**
 * Every `$ref` to a named type becomes a plain reference to that type by name (`tsType`), keeping the property's
 * own description. Left as `$ref`, json-schema-to-typescript would declare a copy of the type (`PlaceId1`) for each
 * reference that has a description of its own.
 */
function referenceByName(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(referenceByName);
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value as Json).map(([key, nested]) => [key, referenceByName(nested)] as const);
  const object = Object.fromEntries(entries) as Json;
  if (typeof object.$ref === "string") {
    const { $ref, ...rest } = object;
    return { ...rest, tsType: ($ref as string).replace("#/$defs/", "") };
  }
  return object;
}

/**
 * Fields typed by a name their schema cannot give: the metric ids are slugs to the schema, and `MetricId`
 * (generated into src/generated/ids.ts) to readers, so that editors offer the shipped metrics as completions.
 */
const NARROWED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Metric: { id: "MetricId" },
  Figure: { metric: "MetricId" },
  RelatedMetric: { metric: "MetricId" },
};

function narrow(schema: Json): Json {
  const definitions = { ...((schema.$defs ?? {}) as Record<string, Json>) };
  for (const [name, fields] of Object.entries(NARROWED)) {
    const definition = definitions[name];
    const properties = definition?.properties as Record<string, Json> | undefined;
    if (definition === undefined || properties === undefined) throw new Error(`no record type ${name} to narrow`);
    const narrowed = { ...properties };
    for (const [field, tsType] of Object.entries(fields)) {
      if (narrowed[field] === undefined) throw new Error(`no field ${name}.${field} to narrow`);
      narrowed[field] = { ...narrowed[field], tsType };
    }
    definitions[name] = { ...definition, properties: narrowed };
  }
  return { ...schema, $defs: definitions };
}

/** The collection each record type is the element of: `Event` → `events` (read after {@link referenceByName}). */
function collectionOf(schema: Json): Map<string, string> {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const found = new Map<string, string>();
  for (const name of COLLECTIONS) {
    const items = properties[name]?.items as Json | undefined;
    if (typeof items?.tsType === "string") found.set(items.tsType, name);
  }
  return found;
}

/** A JSON value as TypeScript source: JSON, with the quotes around keys dropped. */
function asCode(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/(?<!\\)"([A-Za-z_$][\w$]*)":/g, "$1:");
}

/** The `@example` of a named type: its first example value assigned to it, or a record of its collection. */
function exampleOf(name: string, schema: Json, collections: Map<string, string>): string {
  const examples = schema.examples as unknown[] | undefined;
  const collection = collections.get(name);
  const code =
    examples !== undefined && examples.length > 0
      ? [`import type { ${name} } from "${PACKAGE}";`, "", `const example: ${name} = ${asCode(examples[0])};`]
      : collection !== undefined
        ? [
            `import { dataset, type ${name} } from "${PACKAGE}";`,
            "",
            `const first: ${name} | undefined = dataset.${collection}[0];`,
            "console.log(first?.id);",
          ]
        : name === "Dataset"
          ? [
              `import { dataset, type Dataset } from "${PACKAGE}";`,
              "",
              "function countRecords(data: Dataset): number {",
              "  return data.events.length + data.figures.length;",
              "}",
              "console.log(countRecords(dataset));",
            ]
          : undefined;
  if (code === undefined) throw new Error(`schema "${name}" needs example values (meta examples) for its generated type's TSDoc`);
  return ["@example", "```ts", ...code, "```"].join("\n");
}

/** An enum's values with their meanings (the schemas' `valueDescriptions`), for its type's page and hover. */
function valuesList(definition: Json): string {
  const meanings = definition.valueDescriptions as Record<string, string> | undefined;
  if (!Array.isArray(definition.enum) || meanings === undefined) return "";
  return `\n\n${definition.enum.map((value) => `- \`${String(value)}\`: ${meanings[String(value)] ?? ""}`).join("\n")}`;
}

/** The section of the data-model guide (docs/data-model.md, a page of the API site) that sets out each record type. */
const GUIDE_SECTIONS: Readonly<Record<string, string>> = {
  Source: "sources",
  Person: "people",
  Post: "posts",
  Death: "deaths",
  Organization: "organizations",
  Place: "places",
  Program: "programmes",
  Deployment: "deployments",
  Event: "events",
  Participant: "participants",
  Figure: "figures",
  Metric: "metrics",
  RelatedMetric: "related-metrics",
  Note: "notes",
  Deprecation: "deprecation-notices",
};

function guideLink(name: string): string {
  const section = GUIDE_SECTIONS[name];
  return section === undefined ? "" : `\n\nSet out, with a whole example record, in the [data-model guide](../../docs/data-model.md#${section}).`;
}

/** Adds the `@example` of each named type to its description, which json-schema-to-typescript turns into TSDoc. */
function withExamples(schema: Json): Json {
  const definitions = (schema.$defs ?? {}) as Record<string, Json>;
  const collections = collectionOf(schema);
  const describe = (name: string, definition: Json): Json => ({
    ...definition,
    description: `${String(definition.description ?? "")}${valuesList(definition)}${guideLink(name)}\n\n${exampleOf(name, definition, collections)}`,
  });
  return {
    ...describe("Dataset", schema),
    title: "Dataset",
    $defs: Object.fromEntries(readingOrder(definitions, collections).map(([name, definition]) => [name, describe(name, definition)])),
  };
}

/**
 * The named types in the order a reader meets them (json-schema-to-typescript declares them in `$defs` order):
 * the collections' record types in collection order, the nested objects, then the ids, then the enums.
 */
function readingOrder(definitions: Record<string, Json>, collections: Map<string, string>): [string, Json][] {
  const collectionOrder = [...collections.keys()];
  const rank = ([name, definition]: [string, Json]): number => {
    if (collectionOrder.includes(name)) return collectionOrder.indexOf(name);
    if (definition.type === "object") return 100;
    if (definition.enum === undefined) return 200;
    return 300;
  };
  return Object.entries(definitions)
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => rank(a.entry) - rank(b.entry) || a.index - b.index)
    .map(({ entry }) => entry);
}

/** Makes every property and every array type readonly, by editing the source at the positions TypeScript parses. */
function makeReadonly(source: string): string {
  const file = ts.createSourceFile("record-types.ts", source, ts.ScriptTarget.ES2022, true);
  const insertions: number[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertySignature(node) && !node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ReadonlyKeyword)) {
      insertions.push(node.name.getStart(file));
    }
    if (ts.isArrayTypeNode(node) && !(ts.isTypeOperatorNode(node.parent) && node.parent.operator === ts.SyntaxKind.ReadonlyKeyword)) {
      insertions.push(node.getStart(file));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = source;
  for (const position of insertions.sort((a, b) => b - a)) result = `${result.slice(0, position)}readonly ${result.slice(position)}`;
  return result;
}

/** The generated module: one exported interface or type alias per named schema, and `Dataset` for the whole. */
export async function renderRecordTypes(banner: string): Promise<string> {
  const schema = withExamples(narrow(referenceByName(jsonSchemaForTypes()) as Json));
  const code = await compile(schema as JSONSchema, "Dataset", {
    bannerComment: "",
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    declareExternallyReferenced: true,
    format: true,
    style: { printWidth: 120, semi: true, singleQuote: false, trailingComma: "all" },
  });
  // json-schema-to-typescript notes where each `$defs` entry came from; for readers of the types that is noise.
  // and its `@minItems` tags (which TSDoc does not know) repeat what the descriptions say ("at least one").
  const cleaned = code
    .replace(/\n \*\n \* This interface was referenced by `Dataset`'s JSON-Schema\n \* via the `definition` "\w+"\./g, "")
    .replace(/\n\s*\*\n\s*\* @(?:minItems|maxItems) \d+/g, "");
  return `${banner}import type { MetricId } from "./ids.js";\n\n${makeReadonly(cleaned)}`;
}

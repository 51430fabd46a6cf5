import type { CollectionName, Dataset } from "../../src/types.js";
import { COLLECTIONS } from "./load-data.js";

function loaderName(name: CollectionName): string {
  return `load${name[0]!.toUpperCase()}${name.slice(1)}`;
}

/**
 * The module the library embeds its data in: per collection, a loader that parses the collection's JSON string
 * and deep-freezes it on first call. Nothing runs at import, and a bundle keeps only the loaders (and strings) its
 * helpers call. `JSON.parse` of a string literal is the fastest way to load data of this size (see bench/RESULTS.md).
 */
export function renderCollectionsModule(dataset: Dataset, banner: string): string {
  const parts = [
    banner,
    'import { freezeShipped } from "../freeze.js";',
    'import type { Dataset } from "../types.js";',
    "",
    "/** @internal The package version the data was built with. */",
    `export const GENERATED_VERSION = ${JSON.stringify(dataset.version)};`,
  ];
  for (const name of COLLECTIONS) {
    const cache = `${name}Cache`;
    parts.push(
      "",
      `let ${cache}: Dataset[${JSON.stringify(name)}] | undefined;`,
      "",
      `/** @internal The ${name}, parsed and deeply frozen on first call. */`,
      `export function ${loaderName(name)}(): Dataset[${JSON.stringify(name)}] {`,
      `  ${cache} ??= freezeShipped(JSON.parse(${JSON.stringify(JSON.stringify(dataset[name]))}) as Dataset[${JSON.stringify(name)}]);`,
      `  return ${cache};`,
      "}",
    );
  }
  parts.push(
    "",
    "/** @internal Every collection's loader, keyed by collection name. */",
    "export const COLLECTION_LOADERS = {",
    ...COLLECTIONS.map((name) => `  ${name}: ${loaderName(name)},`),
    "} as const;",
    "",
    "/**",
    " * @internal The dataset object: a frozen literal whose getters call the loaders. A plain literal, so that bundlers",
    " * drop it, and with it every collection, from bundles that do not use it.",
    " */",
    "export const DATASET: Dataset = /* @__PURE__ */ Object.freeze({",
    "  version: GENERATED_VERSION,",
    ...COLLECTIONS.map((name) => `  get ${name}() {\n    return ${loaderName(name)}();\n  },`),
    "});",
  );
  return `${parts.join("\n")}\n`;
}

/** Each kind of record id, with the collection that holds it and the hand-written type of any id of that kind. */
const KNOWN_ID_KINDS = [
  { type: "KnownSourceId", of: "SourceId", noun: "source document", collection: "sources" },
  { type: "KnownPersonId", of: "PersonId", noun: "person", collection: "people" },
  { type: "KnownPostId", of: "PostId", noun: "post", collection: "posts" },
  { type: "KnownOrganizationId", of: "OrganizationId", noun: "organization", collection: "organizations" },
  { type: "KnownPlaceId", of: "PlaceId", noun: "place", collection: "places" },
  { type: "KnownProgramId", of: "ProgramId", noun: "programme", collection: "programs" },
  { type: "KnownDeploymentId", of: "DeploymentId", noun: "deployment", collection: "deployments" },
  { type: "KnownEventId", of: "EventId", noun: "event", collection: "events" },
  { type: "KnownFigureId", of: "FigureId", noun: "figure", collection: "figures" },
  { type: "KnownNoteId", of: "NoteId", noun: "note", collection: "notes" },
] as const;

type IdCollection = (typeof KNOWN_ID_KINDS)[number]["collection"];

/** The ids of the records in force (no tombstones) of one collection, in data order; posts come from people. */
function liveIds(dataset: Dataset, collection: IdCollection): string[] {
  const records: readonly { id: string; deprecated?: unknown }[] =
    collection === "posts" ? dataset.people.flatMap((person) => person.posts) : dataset[collection];
  return records.filter((record) => record.deprecated === undefined).map((record) => record.id);
}

function literalUnion(values: readonly string[]): string {
  return values.length === 0 ? " never" : `\n${values.map((value) => `  | ${JSON.stringify(value)}`).join("\n")}`;
}

/**
 * The generated id types: `MetricId` (any metric id, with the shipped ones offered as completions),
 * `KnownMetricId` and, per kind of record, the literal union of the shipped ids (`KnownPersonId`…), which editors
 * offer as completions. The examples in their TSDoc use the first id of the data, so they stay true when the data
 * changes.
 */
export function renderIdsModule(dataset: Dataset, banner: string): string {
  const liveMetrics = dataset.metrics.filter((metric) => metric.deprecated === undefined).map((metric) => metric.id);
  const firstMetric = liveMetrics[0] ?? "repatriation-missions";
  const parts = [
    `${banner}/**
 * The id of every metric the package ships (tombstones left out), for editors to offer as completions.
 *
 * @example
 * \`\`\`ts
 * import type { KnownMetricId } from "vietnam-us-relations";
 *
 * const metric: KnownMetricId = ${JSON.stringify(firstMetric)};
 * \`\`\`
 */
export type KnownMetricId =${literalUnion(liveMetrics)};`,
    `/**
 * The id of a metric: a lowercase kebab-case slug with no prefix, such as ${JSON.stringify(firstMetric)}. Any
 * well-formed id is accepted (the metrics you add yourself have ids of your own; \`metricSchema\` checks the form
 * at run time), and editors offer the shipped ones ({@link KnownMetricId}) as completions.
 *
 * @example
 * \`\`\`ts
 * import { getFigureHistory, type MetricId } from "vietnam-us-relations";
 *
 * const shipped: MetricId = ${JSON.stringify(firstMetric)};
 * const ours: MetricId = "newsroom-reported-remains"; // a metric of your own, in a dataset you merged with ours
 * console.log(getFigureHistory(shipped).length, ours);
 * \`\`\`
 */
export type MetricId = KnownMetricId | (string & {});`,
  ];
  for (const kind of KNOWN_ID_KINDS) {
    const ids = liveIds(dataset, kind.collection);
    const example = ids[0] === undefined ? "" : `
 *
 * @example
 * \`\`\`ts
 * import type { ${kind.type} } from "vietnam-us-relations";
 *
 * const id: ${kind.type} = ${JSON.stringify(ids[0])};
 * \`\`\``;
    parts.push(`/**
 * The id of every ${kind.noun} the package ships (tombstones left out), for editors to offer as completions. The
 * helpers also accept any well-formed \`${kind.of}\`, so ids of records you add yourself work too.${example}
 */
export type ${kind.type} =${literalUnion(ids)};`);
  }
  parts.push(`/**
 * The id of every record the package ships (tombstones left out): the union of the \`Known…Id\` types.
 *
 * @example
 * \`\`\`ts
 * import { getEntity, type KnownRecordId } from "vietnam-us-relations";
 *
 * const id: KnownRecordId = ${JSON.stringify(liveIds(dataset, "events")[0] ?? "event:x")};
 * console.log(getEntity(id)?.id);
 * \`\`\`
 */
export type KnownRecordId =
${KNOWN_ID_KINDS.map((kind) => `  | ${kind.type}`).join("\n")};`);
  return `${parts.join("\n\n")}\n`;
}

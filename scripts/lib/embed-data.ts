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
    'import { deepFreeze } from "../freeze.js";',
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
      `  ${cache} ??= deepFreeze(JSON.parse(${JSON.stringify(JSON.stringify(dataset[name]))}) as Dataset[${JSON.stringify(name)}]);`,
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

/** The generated type of metric ids, so that helpers accept only known metrics. */
export function renderIdsModule(dataset: Dataset, banner: string): string {
  return `${banner}/**
 * The id of every metric in the catalogue.
 *
 * @example
 * \`\`\`ts
 * import { getFigure, type MetricId } from "vietnam-us-relations";
 *
 * const metric: MetricId = "repatriation-missions";
 * console.log(getFigure(metric)?.value); // 160
 * \`\`\`
 */
export type MetricId =
${dataset.metrics.map((metric) => `  | ${JSON.stringify(metric.id)}`).join("\n")};
`;
}

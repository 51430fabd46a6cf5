import { DATASET, GENERATED_VERSION } from "./generated/collections.js";
import type { Dataset } from "./types.js";

/**
 * The whole dataset: every source, person, organization, place, programme, deployment, event, figure, metric
 * and note, with `version` equal to the package version. Deeply frozen: mutating it throws in strict mode.
 * Each collection is a getter that parses its data on first access, so importing the package costs next to
 * nothing.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 *
 * console.log(dataset.version, dataset.events.length);
 * const knapper = dataset.people.find((person) => person.id === "person:marc-e-knapper");
 * ```
 */
export const dataset: Dataset = DATASET;

/**
 * The dataset version: the package version the data was released with, typed as that very version (`"1.0.0"`, not
 * `string`), so that a pin is checked at compile time. Pin it like any dependency.
 *
 * @example
 * ```ts
 * import { DATASET_VERSION } from "vietnam-us-relations";
 *
 * // With the exact version you pinned, `const pinned: "1.0.0" = DATASET_VERSION;` stops compiling on an upgrade.
 * const major = Number(DATASET_VERSION.split(".")[0]);
 * console.log(`dataset ${DATASET_VERSION}, major ${major}`);
 * ```
 */
// Inferred, not annotated: the declaration then states the version itself (`"1.0.0"`), not a type to look up.
export const DATASET_VERSION = GENERATED_VERSION;

import { z } from "zod";
import type { DeepReadonly } from "./common.js";
import { deploymentSchema } from "./deployment.js";
import { eventSchema } from "./event.js";
import { type Figure, figureSchema } from "./figure.js";
import { type Metric, metricSchema } from "./metric.js";
import { noteSchema } from "./note.js";
import { organizationSchema } from "./organization.js";
import { personSchema } from "./person.js";
import { placeSchema } from "./place.js";
import { programSchema } from "./program.js";
import { sourceSchema } from "./source.js";

/**
 * Each collection of the dataset with the schema of its records, in the order files and docs list them.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { collectionSchemas } from "vietnam-us-relations/schemas";
 *
 * for (const [name, schema] of Object.entries(collectionSchemas)) {
 *   console.log(name, schema.array().safeParse(dataset[name as keyof typeof collectionSchemas]).success);
 * }
 * ```
 */
export const collectionSchemas = {
  sources: sourceSchema,
  people: personSchema,
  organizations: organizationSchema,
  places: placeSchema,
  programs: programSchema,
  deployments: deploymentSchema,
  events: eventSchema,
  figures: figureSchema,
  metrics: metricSchema,
  notes: noteSchema,
} as const;

/**
 * The collection names.
 *
 * @example
 * ```ts
 * import { dataset, type CollectionName } from "vietnam-us-relations";
 *
 * const name: CollectionName = "figures";
 * console.log(dataset[name].length);
 * ```
 */
export type CollectionName = keyof typeof collectionSchemas;

/**
 * The whole dataset: its version and every collection. Record-level rules only; see `validateDataset`.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { datasetSchema } from "vietnam-us-relations/schemas";
 *
 * datasetSchema.parse(dataset); // record-level rules; validateDataset adds the cross-record ones
 * ```
 */
export const datasetSchema = z.strictObject({
  /** The package version the data was released with (semver). */
  version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/),
  sources: z.array(sourceSchema).readonly(),
  people: z.array(personSchema).readonly(),
  organizations: z.array(organizationSchema).readonly(),
  places: z.array(placeSchema).readonly(),
  programs: z.array(programSchema).readonly(),
  deployments: z.array(deploymentSchema).readonly(),
  events: z.array(eventSchema).readonly(),
  figures: z.array(figureSchema).readonly(),
  metrics: z.array(metricSchema).readonly(),
  notes: z.array(noteSchema).readonly(),
});

/**
 * The dataset as the package ships it: deeply readonly (and frozen at run time).
 *
 * @example
 * ```ts
 * import { dataset, type Dataset } from "vietnam-us-relations";
 *
 * function countRecords(data: Dataset): number {
 *   return data.events.length + data.figures.length;
 * }
 * console.log(countRecords(dataset));
 * ```
 */
export type Dataset = DeepReadonly<
  Omit<z.infer<typeof datasetSchema>, "figures" | "metrics"> & { figures: readonly Figure[]; metrics: readonly Metric[] }
>;

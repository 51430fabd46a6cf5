import * as z from "zod";
import { deploymentSchema } from "./deployment.js";
import { eventSchema } from "./event.js";
import { figureSchema } from "./figure.js";
import { metricSchema } from "./metric.js";
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
export const datasetSchema = z
  .strictObject({
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/)
      .meta({ description: "The package version the data was released with (semver).", examples: ["0.1.0"] }),
    sources: z.array(sourceSchema).readonly().meta({ description: "The source documents the dataset is built from." }),
    people: z.array(personSchema).readonly().meta({ description: "The people named in the documents, with their posts." }),
    organizations: z.array(organizationSchema).readonly().meta({ description: "Ministries, agencies, UN bodies and missions, associations and news outlets." }),
    places: z.array(placeSchema).readonly().meta({ description: "Countries, regions, cities, sites and buildings." }),
    programs: z.array(programSchema).readonly().meta({ description: "Cooperation programmes, projects and partnerships." }),
    deployments: z.array(deploymentSchema).readonly().meta({ description: "Vietnam's deployments to UN peacekeeping missions and bodies." }),
    events: z.array(eventSchema).readonly().meta({ description: "Events, dated to the precision the documents give." }),
    figures: z.array(figureSchema).readonly().meta({ description: "Numbers the documents state, each with its metric and date." }),
    metrics: z.array(metricSchema).readonly().meta({ description: "The metric catalogue the figures refer to." }),
    notes: z.array(noteSchema).readonly().meta({ description: "Notes on how records relate or disagree." }),
  })
  .meta({ title: "Dataset", description: "The whole dataset: its version and every collection, each record deeply readonly (and frozen at run time)." });

import * as z from "zod";
import {
  checkDateNote,
  citationsSchema,
  dateCertaintyFields,
  deploymentIdSchema,
  deprecatedField,
  named,
  organizationIdSchema,
  partialDateSchema,
  placeIdSchema,
} from "./common.js";

/**
 * A country's deployment of personnel to a UN peacekeeping mission or UN body, as a document reports it.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { deploymentSchema } from "vietnam-us-relations/schemas";
 *
 * const result = deploymentSchema.safeParse(dataset.deployments[0]);
 * console.log(result.success); // true
 * ```
 */
export const deploymentSchema = z
  .strictObject({
    id: deploymentIdSchema.meta({ description: "The deployment's id, unique across the dataset and stable." }),
    contributorId: placeIdSchema.meta({ description: "The country that sends the personnel." }),
    missionId: organizationIdSchema.meta({
      description: "Where they serve: an organization of kind `un-peacekeeping-mission`, or another UN body such as the headquarters.",
    }),
    units: z
      .array(z.string().min(3))
      .readonly()
      .meta({ description: "Units the document names at that mission; empty when it names none.", examples: [["level-2 field hospital", "engineering unit"]] }),
    asOf: partialDateSchema.meta({ description: "The date by which the document reports the deployment." }),
    ...dateCertaintyFields,
    citations: citationsSchema.meta({ description: "Where the documents report the deployment: at least one citation." }),
    deprecated: deprecatedField,
  })
  .superRefine(checkDateNote)
  .meta(named("Deployment", "A country's personnel at a UN peacekeeping mission or UN body, as a document reports it."));

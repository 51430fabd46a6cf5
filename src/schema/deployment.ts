import { z } from "zod";
import {
  checkDateNote,
  citationsSchema,
  dateCertaintyFields,
  type DeepReadonly,
  deploymentIdSchema,
  deprecationSchema,
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
    id: deploymentIdSchema,
    contributorId: placeIdSchema,
    /** A `un-peacekeeping-mission` organization, or another UN body such as the headquarters. */
    missionId: organizationIdSchema,
    /** Units the document names at that mission ("level-2 field hospital", "engineering unit"). */
    units: z.array(z.string().min(3)).readonly(),
    /** The date by which the document reports the deployment. */
    asOf: partialDateSchema,
    ...dateCertaintyFields,
    citations: citationsSchema,
    deprecated: deprecationSchema.optional(),
  })
  .superRefine(checkDateNote);

/**
 * A deployment record.
 *
 * @example
 * ```ts
 * import { dataset, type Deployment } from "vietnam-us-relations";
 *
 * const first: Deployment | undefined = dataset.deployments[0];
 * console.log(first?.id);
 * ```
 */
export type Deployment = DeepReadonly<z.infer<typeof deploymentSchema>>;

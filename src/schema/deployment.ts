import { z } from "zod";
import {
  checkDateNote,
  citationsSchema,
  dateCertaintyFields,
  type DeepReadonly,
  deploymentIdSchema,
  organizationIdSchema,
  partialDateSchema,
  placeIdSchema,
} from "./common.js";

/** A country's deployment of personnel to a UN peacekeeping mission or UN body, as a document reports it. */
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
  })
  .superRefine(checkDateNote);

/** A deployment record. */
export type Deployment = DeepReadonly<z.infer<typeof deploymentSchema>>;

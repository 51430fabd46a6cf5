import { z } from "zod";
import {
  aliasesSchema,
  citationsSchema,
  type DeepReadonly,
  organizationIdSchema,
  placeIdSchema,
  programIdSchema,
} from "./common.js";

/** The kinds of programme. */
export const programKindSchema = z.enum([
  "humanitarian-cooperation",
  "remediation-project",
  "bilateral-cooperation",
  "partnership",
  "peacekeeping-participation",
]);

/**
 * A standing cooperation programme, project or partnership that events and figures are about: the joint search
 * for missing US servicemen, the Bien Hoa dioxin clean-up, the Comprehensive Strategic Partnership.
 */
export const programSchema = z.strictObject({
  id: programIdSchema,
  name: z.string().min(2),
  aliases: aliasesSchema,
  kind: programKindSchema,
  /** The countries (places) taking part. */
  partyIds: z.array(placeIdSchema).readonly(),
  /** Organizations named as carrying it out. */
  organizationIds: z.array(organizationIdSchema).readonly().optional(),
  placeId: placeIdSchema.optional(),
  citations: citationsSchema,
});

/** A programme record. */
export type Program = DeepReadonly<z.infer<typeof programSchema>>;
/** The programme kinds. */
export type ProgramKind = z.infer<typeof programKindSchema>;

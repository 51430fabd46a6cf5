import { z } from "zod";
import {
  aliasesSchema,
  citationsSchema,
  type DeepReadonly,
  deprecationSchema,
  organizationIdSchema,
  placeIdSchema,
  programIdSchema,
} from "./common.js";

/**
 * The kinds of programme.
 *
 * @example
 * ```ts
 * import { programKindSchema } from "vietnam-us-relations/schemas";
 *
 * console.log(programKindSchema.options); // every accepted value
 * programKindSchema.parse("remediation-project");
 * ```
 */
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
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { programSchema } from "vietnam-us-relations/schemas";
 *
 * const result = programSchema.safeParse(dataset.programs[0]);
 * console.log(result.success); // true
 * ```
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
  deprecated: deprecationSchema.optional(),
});

/**
 * A programme record.
 *
 * @example
 * ```ts
 * import { dataset, type Program } from "vietnam-us-relations";
 *
 * const first: Program | undefined = dataset.programs[0];
 * console.log(first?.id);
 * ```
 */
export type Program = DeepReadonly<z.infer<typeof programSchema>>;
/**
 * The programme kinds.
 *
 * @example
 * ```ts
 * import type { ProgramKind } from "vietnam-us-relations";
 *
 * const value: ProgramKind = "remediation-project";
 * ```
 */
export type ProgramKind = z.infer<typeof programKindSchema>;

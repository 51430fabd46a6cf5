import * as z from "zod";
import {
  aliasesSchema,
  citationsSchema,
  deprecatedField,
  named,
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
export const programKindSchema = z
  .enum([
  "humanitarian-cooperation",
  "remediation-project",
  "bilateral-cooperation",
  "partnership",
  "peacekeeping-participation",
  ])
  .meta(named("ProgramKind", "The kinds of programme.", ["remediation-project"], {
    "humanitarian-cooperation": "Humanitarian cooperation, such as the searches for the missing.",
    "remediation-project": "A project to clean up war contamination.",
    "bilateral-cooperation": "A field of cooperation between the two countries.",
    partnership: "A framework of relations (a comprehensive partnership).",
    "peacekeeping-participation": "A country's part in UN peacekeeping.",
  }));

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
export const programSchema = z
  .strictObject({
    id: programIdSchema.meta({ description: "The programme's id, unique across the dataset and stable." }),
    name: z.string().min(2).meta({ description: "The name as the documents give it.", examples: ["Dioxin Pollution Handling Project in the Bien Hoa airport area"] }),
    aliases: aliasesSchema,
    kind: programKindSchema.meta({ description: "What kind of programme it is." }),
    partyIds: z.array(placeIdSchema).readonly().meta({ description: "The countries taking part." }),
    organizationIds: z.array(organizationIdSchema).readonly().optional().meta({ description: "Organizations named as carrying it out." }),
    placeId: placeIdSchema.optional().meta({ description: "Where it takes place, when it has one place (a remediation site)." }),
    citations: citationsSchema.meta({ description: "Where the documents mention the programme: at least one citation." }),
    deprecated: deprecatedField,
  })
  .meta(
    named(
      "Program",
      "A standing cooperation programme, project or partnership that events and figures are about: the joint search for missing US servicemen, the Bien Hoa dioxin clean-up, the Comprehensive Strategic Partnership.",
    ),
  );

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

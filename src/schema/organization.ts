import { z } from "zod";
import {
  aliasesSchema,
  citationsSchema,
  type DeepReadonly,
  deprecationSchema,
  organizationIdSchema,
  placeIdSchema,
} from "./common.js";

/**
 * The kinds of organization in the documents.
 *
 * @example
 * ```ts
 * import { organizationKindSchema } from "vietnam-us-relations/schemas";
 *
 * console.log(organizationKindSchema.options); // every accepted value
 * organizationKindSchema.parse("un-peacekeeping-mission");
 * ```
 */
export const organizationKindSchema = z.enum([
  "government",
  "ministry",
  "government-agency",
  "party-body",
  "military-body",
  "international-organization",
  "un-body",
  "un-peacekeeping-mission",
  "association",
  "news-outlet",
]);

/**
 * A ministry, agency, UN body or mission, association or news outlet.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { organizationSchema } from "vietnam-us-relations/schemas";
 *
 * const result = organizationSchema.safeParse(dataset.organizations[0]);
 * console.log(result.success); // true
 * ```
 */
export const organizationSchema = z.strictObject({
  id: organizationIdSchema,
  name: z.string().min(2),
  acronym: z.string().min(2).optional(),
  aliases: aliasesSchema,
  kind: organizationKindSchema,
  countryId: placeIdSchema.optional(),
  /** The organization this one belongs to, where a document states it. */
  parentId: organizationIdSchema.optional(),
  /** Where a UN mission or body operates. */
  placeIds: z.array(placeIdSchema).readonly().optional(),
  citations: citationsSchema,
  deprecated: deprecationSchema.optional(),
});

/**
 * An organization record.
 *
 * @example
 * ```ts
 * import { dataset, type Organization } from "vietnam-us-relations";
 *
 * const first: Organization | undefined = dataset.organizations[0];
 * console.log(first?.id);
 * ```
 */
export type Organization = DeepReadonly<z.infer<typeof organizationSchema>>;
/**
 * The organization kinds.
 *
 * @example
 * ```ts
 * import type { OrganizationKind } from "vietnam-us-relations";
 *
 * const value: OrganizationKind = "un-peacekeeping-mission";
 * ```
 */
export type OrganizationKind = z.infer<typeof organizationKindSchema>;

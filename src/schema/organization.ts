import { z } from "zod";
import { aliasesSchema, citationsSchema, type DeepReadonly, organizationIdSchema, placeIdSchema } from "./common.js";

/** The kinds of organization in the documents. */
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

/** A ministry, agency, UN body or mission, association or news outlet. */
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
});

/** An organization record. */
export type Organization = DeepReadonly<z.infer<typeof organizationSchema>>;
/** The organization kinds. */
export type OrganizationKind = z.infer<typeof organizationKindSchema>;

import * as z from "zod";
import {
  aliasesSchema,
  citationsSchema,
  deprecatedField,
  named,
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
export const organizationKindSchema = z
  .enum([
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
  ])
  .meta(named("OrganizationKind", "The kinds of organization in the documents. UN missions are `un-peacekeeping-mission`.", ["un-peacekeeping-mission"], {
    government: "A national government.",
    ministry: "A government ministry or department.",
    "government-agency": "A government office or agency.",
    "party-body": "A body of a political party.",
    "military-body": "A military command or body.",
    "international-organization": "An international organization.",
    "un-body": "The UN or one of its departments and offices.",
    "un-peacekeeping-mission": "A UN peacekeeping mission (UNMISS, MINUSCA, UNISFA).",
    association: "An association or non-governmental body.",
    "news-outlet": "A news agency or newspaper that publishes the documents.",
  }));

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
export const organizationSchema = z
  .strictObject({
    id: organizationIdSchema.meta({ description: "The organization's id, unique across the dataset and stable." }),
    name: z.string().min(2).meta({ description: "The name as the documents give it.", examples: ["Vietnam Office for Seeking Missing Persons"] }),
    acronym: z
      .string()
      .min(2)
      .optional()
      .meta({ description: "The acronym the documents print; news outlets are named by it (`VNA`, `WVR`, `VNS`).", examples: ["VNOSMP"] }),
    aliases: aliasesSchema,
    kind: organizationKindSchema.meta({ description: "What kind of organization it is." }),
    countryId: placeIdSchema.optional().meta({ description: "The country the organization belongs to." }),
    parentId: organizationIdSchema
      .optional()
      .meta({ description: "The organization this one belongs to, only where a document states it or it is part of the name." }),
    placeIds: z.array(placeIdSchema).readonly().optional().meta({ description: "Where a UN mission or body operates." }),
    citations: citationsSchema.meta({ description: "Where the documents mention the organization: at least one citation." }),
    deprecated: deprecatedField,
  })
  .meta(named("Organization", "A ministry, agency, party or military body, UN body or mission, association or news outlet."));

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

import { z } from "zod";
import { aliasesSchema, citationsSchema, type DeepReadonly, deprecationSchema, placeIdSchema } from "./common.js";

/**
 * The kinds of place in the documents.
 *
 * @example
 * ```ts
 * import { placeKindSchema } from "vietnam-us-relations/schemas";
 *
 * console.log(placeKindSchema.options); // every accepted value
 * placeKindSchema.parse("city");
 * ```
 */
export const placeKindSchema = z.enum(["country", "region", "sea", "city", "area", "site", "building"]);

/**
 * A country, region, city, site or building named as a location.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { placeSchema } from "vietnam-us-relations/schemas";
 *
 * const result = placeSchema.safeParse(dataset.places[0]);
 * console.log(result.success); // true
 * ```
 */
export const placeSchema = z.strictObject({
  id: placeIdSchema,
  name: z.string().min(2),
  /** Spellings with and without diacritics, and other names the documents use. */
  aliases: aliasesSchema,
  kind: placeKindSchema,
  /** The country the place lies in (absent for countries and international regions). */
  countryId: placeIdSchema.optional(),
  /** A larger place this one lies in, where stated. */
  parentId: placeIdSchema.optional(),
  citations: citationsSchema,
  deprecated: deprecationSchema.optional(),
});

/**
 * A place record.
 *
 * @example
 * ```ts
 * import { dataset, type Place } from "vietnam-us-relations";
 *
 * const first: Place | undefined = dataset.places[0];
 * console.log(first?.id);
 * ```
 */
export type Place = DeepReadonly<z.infer<typeof placeSchema>>;
/**
 * The place kinds.
 *
 * @example
 * ```ts
 * import type { PlaceKind } from "vietnam-us-relations";
 *
 * const value: PlaceKind = "city";
 * ```
 */
export type PlaceKind = z.infer<typeof placeKindSchema>;

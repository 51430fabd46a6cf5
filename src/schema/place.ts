import { z } from "zod";
import { aliasesSchema, citationsSchema, type DeepReadonly, placeIdSchema } from "./common.js";

/** The kinds of place in the documents. */
export const placeKindSchema = z.enum(["country", "region", "sea", "city", "area", "site", "building"]);

/** A country, region, city, site or building named as a location. */
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
});

/** A place record. */
export type Place = DeepReadonly<z.infer<typeof placeSchema>>;
/** The place kinds. */
export type PlaceKind = z.infer<typeof placeKindSchema>;

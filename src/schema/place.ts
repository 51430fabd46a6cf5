import * as z from "zod";
import { aliasesSchema, citationsSchema, deprecatedField, named, placeIdSchema } from "./common.js";

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
export const placeKindSchema = z
  .enum(["country", "region", "sea", "city", "area", "site", "building"])
  .meta(named("PlaceKind", "The kinds of place in the documents.", ["city"], {
    country: "A country.",
    region: "A region or province.",
    sea: "A sea or body of water.",
    city: "A city or town.",
    area: "An area without fixed borders.",
    site: "A site, such as an airbase or a field.",
    building: "A building.",
  }));

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
export const placeSchema = z
  .strictObject({
    id: placeIdSchema.meta({ description: "The place's id, unique across the dataset and stable." }),
    name: z.string().min(2).meta({ description: "The name as the documents give it.", examples: ["Da Nang City"] }),
    aliases: aliasesSchema.meta({
      description:
        "Spellings with and without diacritics as the documents use them, plus a country's common English name where the documents use only an abbreviation (`US` has the alias `United States`).",
    }),
    kind: placeKindSchema.meta({ description: "What kind of place it is." }),
    countryId: placeIdSchema.optional().meta({ description: "The country the place lies in (absent for countries and international regions)." }),
    parentId: placeIdSchema.optional().meta({ description: "A larger place this one lies in, where stated." }),
    citations: citationsSchema.meta({ description: "Where the documents mention the place: at least one citation." }),
    deprecated: deprecatedField,
  })
  .meta(
    named(
      "Place",
      "A country, region, sea, city, area, site or building named as a location. Countries double as actors: they can be participants of events.",
    ),
  );

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

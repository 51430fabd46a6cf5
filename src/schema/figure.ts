import { z } from "zod";
import type { MetricId } from "../generated/ids.js";
import {
  checkDateNote,
  citationsSchema,
  dateCertaintyFields,
  type DeepReadonly,
  deprecationSchema,
  entityIdSchema,
  eventIdSchema,
  figureIdSchema,
  partialDateSchema,
  slugSchema,
} from "./common.js";

/**
 * How exact a value is, as the document words it. `"nearly 750"` is `nearly` with `upperBound: 750`;
 * `"over 50 years"` is `more-than` with `lowerBound: 50`.
 *
 * @example
 * ```ts
 * import { figureQualifierSchema } from "vietnam-us-relations/schemas";
 *
 * console.log(figureQualifierSchema.options); // every accepted value
 * figureQualifierSchema.parse("nearly");
 * ```
 */
export const figureQualifierSchema = z.enum(["exact", "nearly", "more-than"]);

/**
 * Whether the value held on `asOf` (`on`), or is the earlier value that held until just before it (`before`,
 * e.g. the old total in "raising the total from 300 million USD to 430 million USD").
 *
 * @example
 * ```ts
 * import { asOfRelationSchema } from "vietnam-us-relations/schemas";
 *
 * console.log(asOfRelationSchema.options); // every accepted value
 * asOfRelationSchema.parse("before");
 * ```
 */
export const asOfRelationSchema = z.enum(["on", "before"]);

/**
 * A number a document states, with its metric, unit, point in time and citation (after Wikidata statements).
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { figureSchema } from "vietnam-us-relations/schemas";
 *
 * const result = figureSchema.safeParse(dataset.figures[0]);
 * console.log(result.success); // true
 * ```
 */
export const figureSchema = z
  .strictObject({
    id: figureIdSchema,
    /** Id of a metric in the catalogue. */
    metric: slugSchema,
    value: z.number().finite(),
    /** Must equal the metric's unit. */
    unit: z.string().min(2),
    qualifier: figureQualifierSchema,
    lowerBound: z.number().finite().optional(),
    upperBound: z.number().finite().optional(),
    asOf: partialDateSchema,
    asOfRelation: asOfRelationSchema,
    ...dateCertaintyFields,
    /** What the number is about: a programme, organization, place or person. */
    subjectId: entityIdSchema.optional(),
    /** The event the number was reported at or is about. */
    eventId: eventIdSchema.optional(),
    citations: citationsSchema,
    deprecated: deprecationSchema.optional(),
  })
  .superRefine((figure, ctx) => {
    checkDateNote(figure, ctx);
    if (figure.qualifier === "exact" && (figure.lowerBound !== undefined || figure.upperBound !== undefined)) {
      ctx.addIssue({ code: "custom", path: ["qualifier"], message: "an exact figure has no bounds" });
    }
    if (figure.qualifier === "nearly" && figure.upperBound !== figure.value) {
      ctx.addIssue({ code: "custom", path: ["upperBound"], message: "'nearly N' keeps N as upperBound and value" });
    }
    if (figure.qualifier === "more-than" && figure.lowerBound !== figure.value) {
      ctx.addIssue({ code: "custom", path: ["lowerBound"], message: "'more than N' keeps N as lowerBound and value" });
    }
  });

/**
 * A figure record. Its `metric` is a {@link MetricId} of the catalogue.
 *
 * @example
 * ```ts
 * import { dataset, type Figure } from "vietnam-us-relations";
 *
 * const first: Figure | undefined = dataset.figures[0];
 * console.log(first?.id);
 * ```
 */
export type Figure = DeepReadonly<Omit<z.infer<typeof figureSchema>, "metric"> & { metric: MetricId }>;
/**
 * How exact a figure is.
 *
 * @example
 * ```ts
 * import type { FigureQualifier } from "vietnam-us-relations";
 *
 * const value: FigureQualifier = "nearly";
 * ```
 */
export type FigureQualifier = z.infer<typeof figureQualifierSchema>;

import { z } from "zod";
import type { MetricId } from "../generated/ids.js";
import { type DeepReadonly, deprecationSchema, noteIdSchema, slugSchema } from "./common.js";

/**
 * What a metric's number is: a count, an amount of money, an ordinal, a rank, a duration.
 *
 * @example
 * ```ts
 * import { metricKindSchema } from "vietnam-us-relations/schemas";
 *
 * console.log(metricKindSchema.options); // every accepted value
 * metricKindSchema.parse("ordinal");
 * ```
 */
export const metricKindSchema = z.enum(["count", "amount", "ordinal", "rank", "duration"]);

/**
 * An entry of the metric catalogue: the stable id figures use, with its definition and unit.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { metricSchema } from "vietnam-us-relations/schemas";
 *
 * const result = metricSchema.safeParse(dataset.metrics[0]);
 * console.log(result.success); // true
 * ```
 */
export const metricSchema = z.strictObject({
  /** Stable kebab-case id, e.g. `repatriation-missions`. Part of the public API. */
  id: slugSchema,
  label: z.string().min(3),
  /** What exactly is counted or measured, and what is not. */
  definition: z.string().min(20),
  /** The unit every figure of this metric uses. */
  unit: z.string().min(2),
  kind: metricKindSchema,
  /** Thematic group. */
  topic: z.enum(["mia-search", "vietnamese-missing-search", "dioxin-remediation", "peacekeeping", "diplomatic-relations"]),
  relatedMetrics: z
    .array(
      z.strictObject({
        metric: slugSchema.meta({ description: "Id of the related metric." }),
        noteId: noteIdSchema.meta({ description: "The note that says how the two counts relate and differ." }),
      }),
    )
    .readonly()
    .optional()
    .meta({
      description:
        "Other metrics that count the same or a comparable thing in another document, each with the note that says how they differ. getFigureHistory returns one metric's figures; read these too for the whole story.",
    }),
  deprecated: deprecationSchema.optional(),
});

/**
 * A metric catalogue entry.
 *
 * @example
 * ```ts
 * import { dataset, type Metric } from "vietnam-us-relations";
 *
 * const first: Metric | undefined = dataset.metrics[0];
 * console.log(first?.id);
 * ```
 */
export type Metric = DeepReadonly<Omit<z.infer<typeof metricSchema>, "id"> & { id: MetricId }>;
/**
 * The metric kinds.
 *
 * @example
 * ```ts
 * import type { MetricKind } from "vietnam-us-relations";
 *
 * const value: MetricKind = "ordinal";
 * ```
 */
export type MetricKind = z.infer<typeof metricKindSchema>;

import * as z from "zod";
import { deprecatedField, named, noteIdSchema, slugSchema } from "./common.js";

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
export const metricKindSchema = z
  .enum(["count", "amount", "ordinal", "rank", "duration"])
  .meta(named("MetricKind", "What a metric's number is: a count, an amount of money, an ordinal, a rank or a duration.", ["ordinal"], {
    count: "How many of something, usually cumulative.",
    amount: "A sum of money.",
    ordinal: "A position in a series, read as the count so far (\"the 170th ceremony\").",
    rank: "A place in a ranking (45th of 120 countries).",
    duration: "A length of time, in years.",
  }));

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
export const metricSchema = z
  .strictObject({
    id: slugSchema.meta({
      description: "The metric's stable id (kebab-case, no prefix; a `MetricId`): figures name it, and it is part of the public API.",
      examples: ["repatriation-missions"],
    }),
    label: z.string().min(3).meta({ description: "A short human-readable name.", examples: ["Repatriation missions"] }),
    definition: z.string().min(20).meta({ description: "What exactly is counted or measured, and what is not." }),
    unit: z.string().min(2).meta({ description: "The unit every figure of this metric uses.", examples: ["missions"] }),
    kind: metricKindSchema.meta({ description: "What kind of number it is." }),
    topic: z
      .enum(["mia-search", "vietnamese-missing-search", "dioxin-remediation", "peacekeeping", "diplomatic-relations"])
      .meta(named("MetricTopic", "The thematic groups of metrics.", ["peacekeeping"], {
        "mia-search": "The search for US servicemen missing in action in Vietnam.",
        "vietnamese-missing-search": "The search for Vietnamese missing in the war.",
        "dioxin-remediation": "Clean-up of dioxin (Agent Orange) contamination.",
        peacekeeping: "Vietnam's part in UN peacekeeping.",
        "diplomatic-relations": "Vietnam-US diplomatic ties and partnership.",
      }))
      .meta({ description: "The thematic group the metric belongs to." }),
    relatedMetrics: z
      .array(
        z
          .strictObject({
            metric: slugSchema.meta({ description: "Id of the related metric." }),
            noteId: noteIdSchema.meta({ description: "The note that says how the two counts relate and differ." }),
          })
          .meta(
            named("RelatedMetric", "Another metric that counts the same or a comparable thing, with the note that says how they differ.", [
              { metric: "mia-joint-activities", noteId: "note:missions-activities-ceremonies" },
            ]),
          ),
      )
      .readonly()
      .optional()
      .meta({
        description:
          "Other metrics that count the same or a comparable thing in another document, each with the note that says how they differ. getFigureHistory returns one metric's figures; read these too for the whole story.",
      }),
    deprecated: deprecatedField,
  })
  .meta(named("Metric", "An entry of the metric catalogue: the stable id figures use, with its definition and unit."));

import { z } from "zod";
import { type DeepReadonly, slugSchema } from "./common.js";

/** What a metric's number is: a count, an amount of money, an ordinal, a rank, a duration. */
export const metricKindSchema = z.enum(["count", "amount", "ordinal", "rank", "duration"]);

/** An entry of the metric catalogue: the stable id figures use, with its definition and unit. */
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
});

/** A metric catalogue entry. */
export type Metric = DeepReadonly<z.infer<typeof metricSchema>>;
/** The metric kinds. */
export type MetricKind = z.infer<typeof metricKindSchema>;

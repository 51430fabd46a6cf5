import { endOfPartialDate } from "../dates.js";
import type { MetricId } from "../generated/ids.js";
import type { Figure, Metric } from "../types.js";
import { optionalAsOf } from "./arguments.js";
import { outOfRange, wrongType } from "./errors.js";
import { loadFigures, loadMetrics, loadSources } from "../generated/collections.js";
import { createIndexes, type Indexes } from "./indexes.js";

const shipped = /* @__PURE__ */ createIndexes({ figures: loadFigures, metrics: loadMetrics, sources: loadSources });

/** @internal Checks a metric argument and returns that metric's figures in history order. */
export function requireMetricHistory(indexes: Indexes, helper: string, metric: unknown): readonly Figure[] {
  const accepted = "a metric id from listMetrics(), such as \"repatriation-missions\"";
  if (typeof metric !== "string") throw wrongType(helper, "metric", metric, `a string, ${accepted}`);
  const history = indexes.figuresByMetric().get(metric);
  if (history === undefined) throw outOfRange(helper, "metric", metric, accepted);
  return history;
}

/** Index of the last figure whose `asOf` sorts at or before `limit`, or -1. History is sorted by `asOf`. */
function lastAtOrBefore(history: readonly Figure[], limit: string): number {
  let low = 0;
  let high = history.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((history[mid] as Figure).asOf <= limit) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** @internal Which of several figures with the same `asOf` is in force (see {@link getFigure}). */
function preferredFigure(indexes: Indexes, sameDate: readonly Figure[]): Figure | undefined {
  const sources = indexes.sourcesById();
  const reported = (figure: Figure) =>
    figure.citations
      .map((citation) => sources.get(citation.documentId)?.latestDateInText ?? "")
      .reduce((latest, date) => (date > latest ? date : latest), "");
  return [...sameDate].sort(
    (a, b) =>
      Number(a.asOfRelation === "before") - Number(b.asOfRelation === "before") ||
      Number(a.qualifier !== "exact") - Number(b.qualifier !== "exact") ||
      (reported(a) > reported(b) ? -1 : reported(a) < reported(b) ? 1 : 0) ||
      (a.id < b.id ? -1 : 1),
  )[0];
}

/** @internal */
export function getFigureIn(indexes: Indexes, metric: unknown, options: unknown): Figure | undefined {
  const helper = "getFigure";
  const history = requireMetricHistory(indexes, helper, metric);
  const asOf = optionalAsOf(helper, options);
  const last = asOf === undefined ? history.length - 1 : lastAtOrBefore(history, endOfPartialDate(asOf));
  if (last < 0) return undefined;
  const date = (history[last] as Figure).asOf;
  let first = last;
  while (first > 0 && (history[first - 1] as Figure).asOf === date) first--;
  return preferredFigure(indexes, history.slice(first, last + 1));
}

/**
 * The figure of a metric in force at a date: the one with the latest `asOf` on or before it (default: the latest
 * in the data).
 *
 * Rules, in order: a figure counts from its `asOf`; a coarse `asOf` sorts before the finer dates it contains
 * (`"2025"` before `"2025-07-12"`), and a query date stands for the end of its period (`asOf: "2023"` sees all of
 * 2023). When several figures share the latest `asOf`, the one that held *on* the date beats an earlier value
 * reported as held *before* it, an exact value beats an approximate one ("nearly 750"), a figure from the more
 * recent document beats an older one, and finally the smaller id wins. Disagreeing figures are never merged:
 * {@link getFigureHistory} returns all of them, and `dataset.notes` explains each disagreement.
 *
 * @param metric - A metric id; see {@link listMetrics}.
 * @param options - `asOf`: a partial ISO date.
 * @returns The figure, or `undefined` when the metric has no figure by that date.
 * @throws TypeError for a non-string metric or non-object options; RangeError for an unknown metric or a malformed date.
 * @example
 * ```ts
 * import { getFigure } from "vietnam-us-relations";
 *
 * getFigure("us-identified-cases")?.value; // 740 (cases, 2 November 2025)
 * getFigure("comprehensive-strategic-partnership-years", { asOf: "2025-01" })?.value; // 1, qualifier "nearly" (27 July 2024)
 * getFigure("us-servicemen-identified", { asOf: "2024" }); // undefined
 * ```
 */
export function getFigure(metric: MetricId, options?: { readonly asOf?: string }): Figure | undefined {
  return getFigureIn(shipped, metric, options);
}

/** @internal */
export function getFigureHistoryIn(indexes: Indexes, metric: unknown): readonly Figure[] {
  return requireMetricHistory(indexes, "getFigureHistory", metric);
}

/**
 * Every figure of a metric, oldest first (by `asOf`, coarse before fine; an earlier value reported as held
 * `before` a date sorts before the value on that date; then id). Figures that disagree are all here. Where another
 * document counts the same or a comparable thing under another metric, the metric's `relatedMetrics` (see
 * {@link listMetrics}) names it with the note that says how the two differ: read those histories too.
 *
 * @param metric - A metric id; see {@link listMetrics}.
 * @returns A frozen array; empty for a metric with no figures.
 * @throws TypeError for a non-string metric; RangeError for an unknown metric.
 * @example
 * ```ts
 * import { getFigureHistory } from "vietnam-us-relations";
 *
 * getFigureHistory("us-non-refundable-aid-total").map((f) => [f.asOf, f.asOfRelation, f.value]);
 * // [["2025-11-02", "before", 300000000], ["2025-11-02", "on", 430000000]]
 * ```
 */
export function getFigureHistory(metric: MetricId): readonly Figure[] {
  return getFigureHistoryIn(shipped, metric);
}

/**
 * The metric catalogue: every metric id with its label, definition, unit, kind and topic, in catalogue order.
 *
 * @example
 * ```ts
 * import { listMetrics } from "vietnam-us-relations";
 *
 * for (const metric of listMetrics()) console.log(`${metric.id} (${metric.unit}): ${metric.label}`);
 * ```
 */
export function listMetrics(): readonly Metric[] {
  return loadMetrics();
}

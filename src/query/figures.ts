import type { MetricId } from "../generated/ids.js";
import type { Figure, Metric } from "../types.js";
import { optionalAsOf } from "./arguments.js";
import { asOfDay, isCertainlyBy, type AsOfOptions } from "./as-of.js";
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

/**
 * Index of the last figure in history order that is in force on `day` (its `asOf` certainly not after it), or -1.
 * Not a binary search: history sorts a coarse `asOf` before the finer dates it contains, and a coarse one comes
 * into force only at its end, so the figures in force need not be a prefix.
 */
function lastInForce(history: readonly Figure[], day: string): number {
  for (let index = history.length - 1; index >= 0; index--) if (isCertainlyBy((history[index] as Figure).asOf, day)) return index;
  return -1;
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
  const last = asOf === undefined ? history.length - 1 : lastInForce(history, asOfDay(asOf));
  if (last < 0) return undefined;
  const date = (history[last] as Figure).asOf;
  return preferredFigure(indexes, history.filter((figure) => figure.asOf === date));
}

/**
 * The figure of a metric in force at a date (default: the latest in the data), by the rule of {@link AsOfOptions}:
 * of the figures whose `asOf` is certainly not after the date, the one with the latest `asOf`.
 *
 * Rules, in order: a query date stands for the last day of its period (`asOf: "2023"` sees all of 2023), and a
 * figure counts from the last day its own `asOf` can mean (one dated `"2023"` is not in force as of
 * `"2023-01-01"`); a coarse `asOf` sorts before the finer dates it contains (`"2025"` before `"2025-07-12"`). When
 * several figures share the latest `asOf`, the one that held *on* the date beats an earlier value
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
export function getFigure(metric: MetricId, options?: AsOfOptions): Figure | undefined {
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

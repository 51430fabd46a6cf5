import type { MetricId } from "../generated/ids.js";
import type { Citation, Figure, Metric, Note, Source } from "../types.js";
import { loadFigures, loadMetrics, loadNotes, loadOrganizations, loadSources } from "../generated/collections.js";
import { formatFigure, formatPartialDate } from "../display/format.js";
import { deepFreeze } from "../freeze.js";
import { optionalAsOf, own } from "./arguments.js";
import { asOfDay, isCertainlyBy, type AsOfOptions } from "./as-of.js";
import { sourceLabel } from "./citations.js";
import { getFigureIn, requireMetricHistory } from "./figures.js";
import { createIndexes, live, type Indexes } from "./indexes.js";
import { perIndexes } from "./memo.js";

/**
 * A citation with the source record it cites and that source's short label (see {@link formatCitation}).
 *
 * @example
 * ```ts
 * import { explainFigure, type CitedSource } from "vietnam-us-relations";
 *
 * const sources: readonly CitedSource[] = explainFigure("us-servicemen-identified")!.sources;
 * for (const { label, citation } of sources) console.log(`${label}: “${citation.quote}”`);
 * ```
 */
export interface CitedSource {
  /** The citation as the figure gives it: the document and the verbatim quote. */
  readonly citation: Citation;
  /** The cited document's record. */
  readonly source: Source;
  /** The short label: publishers and date, e.g. `"VNS, 27 July 2024"`. */
  readonly label: string;
}

/**
 * A figure with its sources and its value in words, as {@link explainFigure} gives each figure it names.
 *
 * @example
 * ```ts
 * import { explainFigure, type SourcedFigure } from "vietnam-us-relations";
 *
 * const others: readonly SourcedFigure[] = explainFigure("us-servicemen-identified")!.otherFigures;
 * for (const { text, sources } of others) console.log(text, sources[0]?.label); // nearly 750 servicemen …
 * ```
 */
export interface SourcedFigure {
  /** The figure record. */
  readonly figure: Figure;
  /** Its value in words ({@link formatFigure}): `"nearly 750 servicemen"`. */
  readonly text: string;
  /** Its citations, each with its source. */
  readonly sources: readonly CitedSource[];
}

/**
 * A related metric (another document counting the same or a comparable thing) with its figure in force and the
 * note that says how the two differ.
 *
 * @example
 * ```ts
 * import { explainFigure, type RelatedFigure } from "vietnam-us-relations";
 *
 * const related: readonly RelatedFigure[] = explainFigure("us-servicemen-identified")!.related;
 * for (const { metric, figure, note } of related) console.log(metric.id, figure?.text, note?.id);
 * ```
 */
export interface RelatedFigure {
  /** The related metric. */
  readonly metric: Metric;
  /** Its figure in force at the same `asOf`, with sources; `undefined` when none is by then. */
  readonly figure: SourcedFigure | undefined;
  /** The note relating the two metrics (`relatedMetrics[].noteId`); `undefined` if it is not in the data. */
  readonly note: Note | undefined;
}

/**
 * What {@link explainFigure} answers: a figure with everything a reader needs to trust it.
 *
 * @example
 * ```ts
 * import { explainFigure, type FigureExplanation } from "vietnam-us-relations";
 *
 * const explanation: FigureExplanation | undefined = explainFigure("peacekeepers-deployed");
 * console.log(explanation?.text);
 * ```
 */
export interface FigureExplanation extends SourcedFigure {
  /** The figure's metric, with its label and definition. */
  readonly metric: Metric;
  /** Every figure of the metric known by `asOf` (all of them without `asOf`), oldest first, the figure included. */
  readonly history: readonly Figure[];
  /** The other figures of that history — earlier values and counts that disagree — each with its sources. */
  readonly otherFigures: readonly SourcedFigure[];
  /** Every related metric with its figure in force and the note relating it. */
  readonly related: readonly RelatedFigure[];
  /**
   * The disagreement, different-measures and scope notes on these figures and metrics, by note id: why counts
   * differ and what they cover. Their `body` holds the full reasoning.
   */
  readonly notes: readonly Note[];
  /** The inference notes on these figures (how a date or value was worked out), kept apart from `notes`. */
  readonly inferences: readonly Note[];
  /** A few plain English sentences stating the figure, its sources, the other counts and why they differ. */
  readonly text: string;
}

const shipped = /* @__PURE__ */ createIndexes({
  figures: loadFigures,
  metrics: loadMetrics,
  sources: loadSources,
  notes: loadNotes,
  organizations: loadOrganizations,
});

const catalogue = perIndexes((indexes: Indexes) => ({
  metrics: new Map<string, Metric>(indexes.collection("metrics").map((metric) => [metric.id, metric])),
  notes: live(indexes.collection("notes")).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
}));

function sourced(indexes: Indexes, figure: Figure): SourcedFigure {
  const sources = indexes.sourcesById();
  const cited = figure.citations.flatMap((citation) => {
    const source = sources.get(citation.documentId);
    return source === undefined ? [] : [{ citation, source, label: sourceLabel(indexes, source) }];
  });
  return { figure, text: formatFigure(figure), sources: cited };
}

function when(figure: Figure): string {
  const date = formatPartialDate(figure.asOf, { dateCertainty: figure.dateCertainty });
  return figure.asOfRelation === "before" ? `until just before ${date}` : `as of ${date}`;
}

function cites(entry: SourcedFigure): string {
  return entry.sources.map(({ label, citation }) => `${label}: “${citation.quote}”`).join("; ");
}

function sentence(entry: SourcedFigure, metric?: Metric): string {
  const what = metric === undefined ? "" : ` (${metric.label})`;
  return `${entry.text}${what} ${when(entry.figure)}, according to ${cites(entry)}`;
}

const NOTE_LEADS: Readonly<Record<string, string>> = {
  disagreement: "Why the counts disagree",
  "different-measures": "How the counts differ",
  scope: "What the figure covers",
};

function describe(metric: Metric, main: SourcedFigure, others: readonly SourcedFigure[], related: readonly RelatedFigure[], notes: readonly Note[]): string {
  const lines = [`${metric.label}: ${sentence(main)}.`];
  if (others.length > 0) lines.push(`The documents also report ${others.map((other) => sentence(other)).join("; and ")}.`);
  for (const note of notes) lines.push(`${NOTE_LEADS[note.kind] ?? "See"} (${note.id}): ${note.title}.`);
  const shown = related.filter((entry) => entry.figure !== undefined);
  if (shown.length > 0) {
    lines.push(`Related counts of other things: ${shown.map((entry) => sentence(entry.figure!, entry.metric)).join("; ")}.`);
  }
  return lines.join(" ");
}

/** @internal */
export function explainFigureIn(indexes: Indexes, metricId: unknown, options: unknown): FigureExplanation | undefined {
  const helper = "explainFigure";
  const fullHistory = requireMetricHistory(indexes, helper, metricId);
  const asOf = optionalAsOf(helper, options);
  const figure = getFigureIn(indexes, metricId as MetricId, asOf === undefined ? undefined : { asOf });
  if (figure === undefined) return undefined;
  const { metrics, notes } = catalogue(indexes);
  const metric = metrics.get(metricId as string) as Metric;
  const day = asOf === undefined ? undefined : asOfDay(asOf);
  const history = day === undefined ? fullHistory : fullHistory.filter((entry) => isCertainlyBy(entry.asOf, day));
  const related: RelatedFigure[] = [];
  const noteIds = new Set<string>();
  for (const link of own(metric, "relatedMetrics") ?? []) {
    const relatedMetric = metrics.get(link.metric);
    if (relatedMetric === undefined || !indexes.figuresByMetric().has(link.metric)) continue;
    const relatedFigure = getFigureIn(indexes, link.metric as MetricId, asOf === undefined ? undefined : { asOf });
    const note = notes.find((entry) => entry.id === link.noteId);
    if (note !== undefined) noteIds.add(note.id);
    related.push({ metric: relatedMetric, figure: relatedFigure === undefined ? undefined : sourced(indexes, relatedFigure), note });
  }
  const figureIds = new Set<string>(history.map((entry) => entry.id));
  for (const note of notes) if (note.recordIds.some((id) => figureIds.has(id))) noteIds.add(note.id);
  const named = notes.filter((note) => noteIds.has(note.id));
  const explaining = named.filter((note) => note.kind !== "inference");
  const main = sourced(indexes, figure);
  const others = history.filter((entry) => entry !== figure).map((entry) => sourced(indexes, entry));
  return deepFreeze({
    ...main,
    metric,
    history: Object.freeze([...history]),
    otherFigures: others,
    related,
    notes: explaining,
    inferences: named.filter((note) => note.kind === "inference"),
    text: describe(metric, main, others, related, explaining),
  });
}

/**
 * A figure with its evidence, in one call: the figure of a metric in force at `asOf` (as {@link getFigure} picks
 * it, by the rule of {@link AsOfOptions}), its sources (records, labels and quotes), the metric's history by then,
 * every related metric's figure in force with the note relating them, the notes that explain disagreements and
 * scope (inference notes apart), and `text`: plain sentences a bot can say, stating the figure, the other counts
 * with their sources, and which note says why they differ (the note's `body` in `notes` has the full reasoning).
 *
 * @param metric - A metric id; see {@link listMetrics}.
 * @param options - `asOf`: a partial ISO date (default: the latest in the data).
 * @returns A deeply frozen explanation, or `undefined` when the metric has no figure in force by then.
 * @throws TypeError for a non-string metric or non-object options; RangeError for an unknown metric or a malformed date.
 * @example
 * ```ts
 * import { explainFigure } from "vietnam-us-relations";
 *
 * const answer = explainFigure("us-servicemen-identified")!;
 * console.log(answer.text);
 * // "US servicemen identified …: 740 servicemen as of 2 November 2025, according to VNA, …: “concluded to identify
 * // 740 cases”. The documents also report nearly 750 servicemen as of 2 August 2025, inferred, according to … ."
 * answer.otherFigures.map(({ text }) => text); // ["nearly 750 servicemen"]
 * answer.notes.map((note) => note.kind); // ["disagreement", "different-measures"]
 * ```
 */
export function explainFigure(metric: MetricId, options?: AsOfOptions): FigureExplanation | undefined {
  return explainFigureIn(shipped, metric, options);
}

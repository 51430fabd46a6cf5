/**
 * The pictures in the docs, drawn from the data: a timeline of every event and, for every metric with more than
 * one figure, its values over time. Each is a Vega-Lite spec compiled with `vega-lite` and rendered to SVG in
 * Node by `vega` (`View.toSVG()`, no canvas: text widths are estimated, so the output is the same on every
 * machine). `npm run build` writes them to docs/images/ with a page, docs/charts.md, that shows them; both are
 * committed so that GitHub shows them, and tests/docs/charts.test.ts fails when they no longer match the data.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import * as vega from "vega";
import * as vegaLite from "vega-lite";
import type { TopLevelSpec } from "vega-lite";
import { endOfPartialDate, startOfPartialDate } from "../../src/dates.js";
import type { MetricId } from "../../src/generated/ids.js";
import { createQueryApi } from "../../src/query/index.js";
import type { Dataset, Event, Figure, Metric } from "../../src/schema/index.js";
import { ROOT } from "./paths.js";

/** Where the pictures go. */
export const IMAGES_DIR = resolve(ROOT, "docs/images");
/** The page that shows them. */
export const CHARTS_PAGE = resolve(ROOT, "docs/charts.md");

/** A rendered picture: its file name in docs/images/ and the SVG text. */
export interface Chart {
  readonly file: string;
  readonly title: string;
  readonly svg: string;
}

const FONT = "Helvetica, Arial, sans-serif";
const CONFIG = {
  font: FONT,
  background: "white",
  padding: 12,
  view: { stroke: "#ddd" },
  axis: { labelFontSize: 11, titleFontSize: 12, gridColor: "#eee" },
  // Full opacity: a legend symbol otherwise takes the half-transparent period rule's colour, not the marks'.
  legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 420, orient: "bottom" as const, direction: "vertical" as const, symbolOpacity: 1 },
  title: { fontSize: 15, anchor: "start" as const, subtitleFontSize: 11, subtitleColor: "#555" },
};
const DAY = 24 * 60 * 60 * 1000;

/** A Vega-Lite date-time (UTC) of a time in milliseconds, for scale domains. */
function dateTime(ms: number) {
  const date = new Date(ms);
  return { utc: true, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, date: date.getUTCDate() };
}

/** Milliseconds since the epoch (UTC) of an ISO day. */
function time(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function formatValue(figure: Figure, unit: string): string {
  const number = figure.value.toLocaleString("en-US");
  const qualifier = figure.qualifier === "nearly" ? "nearly " : figure.qualifier === "more-than" ? "more than " : "";
  const before = figure.asOfRelation === "before" ? " (held until this date)" : "";
  // "nearly 1 year", not "nearly 1 years": units are stored in the plural.
  const unitText = figure.value === 1 && /[^s]s$/.test(unit) ? unit.slice(0, -1) : unit;
  return `${qualifier}${number} ${unitText}${before}`;
}

/**
 * Vega's logger, made strict: a warning or error fails the build, so a spec that Vega-Lite has to second-guess, or
 * that Vega cannot draw, is fixed rather than drawn wrong.
 */
function strictLogger() {
  const logger = vega.logger(vega.Warn);
  const fail = (...messages: readonly unknown[]): never => {
    throw new Error(`vega: ${messages.map(String).join(" ")}`);
  };
  logger.warn = fail;
  logger.error = fail;
  return logger;
}

/** Renders a Vega-Lite spec to SVG text, with a final newline. */
async function render(spec: TopLevelSpec): Promise<string> {
  const compiled = vegaLite.compile(spec, { logger: strictLogger() }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none", logger: strictLogger() });
  try {
    return `${(await view.toSVG()).trim()}\n`;
  } finally {
    view.finalize();
  }
}

function shortDate(event: Event): string {
  return event.endDate ? `${event.date} – ${event.endDate}` : event.date;
}

/**
 * The width the API site and GitHub show a picture at, in CSS pixels: the content column of the typedoc site at the
 * 1280-px window the browser test uses (measured there). A picture wider than this is scaled down, its text too.
 */
export const DISPLAYED_WIDTH = 608;
/** The smallest text, in CSS pixels, a reader should meet in a picture at {@link DISPLAYED_WIDTH}: every chart is drawn narrow enough for it. */
export const MIN_DISPLAYED_FONT_SIZE = 11;
/** Characters a timeline label line holds before it wraps: keeps the picture within {@link DISPLAYED_WIDTH}. */
const TIMELINE_LINE = 34;

/**
 * A timeline row's label in lines of about {@link TIMELINE_LINE} characters, wrapped between words. The first line
 * keeps the number, the date and the title's first dozen characters together, so a reader (and the test) finds an
 * event by its opening words.
 */
function timelineLabel(prefix: string, title: string): readonly string[] {
  const lines: string[] = [];
  let line = prefix;
  let titleOnLine = 0;
  for (const word of title.split(" ")) {
    const firstLineUnfinished = lines.length === 0 && titleOnLine < 12;
    if (titleOnLine > 0 && !firstLineUnfinished && line.length + 1 + word.length > TIMELINE_LINE) {
      lines.push(line);
      line = `    ${word}`;
      titleOnLine = word.length;
      continue;
    }
    line = titleOnLine === 0 ? `${line}${word}` : `${line} ${word}`;
    titleOnLine += word.length + (titleOnLine === 0 ? 0 : 1);
  }
  return [...lines, line];
}

/**
 * Every event in chronological order: one row each, the date range as a bar (a dot for a day), coloured by type.
 * Narrow enough for {@link DISPLAYED_WIDTH} with its text at full size: labels wrap, the legend goes below.
 */
function timelineSpec(events: readonly Event[]): TopLevelSpec {
  const rows = events.map((event, index) => {
    const lines = timelineLabel(`${String(index + 1).padStart(2, "0")}  ${shortDate(event)}  `, event.title);
    return {
      // One string per row (the y scale's key); the axis splits it back into its lines.
      row: lines.join("\n"),
      lines: lines.length,
      type: event.type,
      start: time(startOfPartialDate(event.date)),
      end: time(endOfPartialDate(event.endDate ?? event.date)) + DAY,
      precision: event.date.length === 4 ? "year" : event.date.length === 7 ? "month" : "day",
    };
  });
  const first = Math.min(...rows.map((row) => row.start));
  const last = Math.max(...rows.map((row) => row.end));
  const lineHeight = 13;
  const step = Math.max(...rows.map((row) => row.lines)) * lineHeight + 6;
  const y = {
    field: "row",
    type: "nominal",
    sort: null,
    title: null,
    axis: { labelExpr: "split(datum.value, '\\n')", labelLimit: 400, labelFontSize: 11, labelLineHeight: lineHeight, labelPadding: 6 },
  } as const;
  const x = {
    field: "start",
    type: "temporal",
    title: null,
    scale: { type: "utc", domainMin: dateTime(Date.UTC(new Date(first).getUTCFullYear() - 2, 0, 1)), domainMax: dateTime(last + 365 * DAY) },
    axis: { format: "%Y", tickCount: 5 },
  } as const;
  const color = {
    field: "type",
    type: "nominal",
    title: "event type",
    scale: { scheme: "tableau20" },
    legend: { orient: "bottom", direction: "vertical", columns: 2 },
  } as const;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: {
      text: "Every event in the dataset",
      subtitle: [
        "One row per event, oldest first, coloured by type. A filled dot is",
        "an event dated to the day; a hollow dot and a bar mark an event",
        "the documents date only to a month or a year (the bar spans it).",
      ],
    },
    width: 220,
    height: { step },
    config: CONFIG,
    data: { values: rows },
    encoding: { y, x, color },
    layer: [
      { mark: { type: "bar", height: 8, cornerRadius: 2, opacity: 0.85 }, encoding: { x2: { field: "end" } } },
      {
        mark: { type: "point", size: 60, strokeWidth: 2, opacity: 1 },
        encoding: { fill: { condition: { test: "datum.precision === 'day'", field: "type", type: "nominal" }, value: "white" } },
      },
    ],
  };
}

interface FigurePoint {
  id: string;
  source: string;
  start: number;
  end: number;
  value: number;
  bound: number | null;
  label: string;
  shape: "exact" | "approximate";
}

/**
 * One metric's figures: a mark per figure at its date and value, coloured and shaped by the document that states
 * it (legend), so disagreeing sources stand apart; exact values filled, approximate ones ("nearly", "more than")
 * hollow, with a dashed line towards the side the true value lies on; a date known only to the month or year
 * drawn as a line across that period.
 */
function metricSpec(metric: Metric, figures: readonly Figure[], sourceTitle: (id: string) => string): TopLevelSpec {
  const values = figures.map((figure): FigurePoint => {
    const start = time(startOfPartialDate(figure.asOf));
    const spread = Math.abs(figure.value) * 0.04 || 1;
    return {
      id: figure.id,
      source: sourceTitle(figure.citations[0]?.documentId ?? ""),
      start,
      end: time(endOfPartialDate(figure.asOf)) + DAY,
      value: figure.value,
      bound: figure.qualifier === "nearly" ? figure.value - spread : figure.qualifier === "more-than" ? figure.value + spread : null,
      label: formatValue(figure, metric.unit),
      shape: figure.qualifier === "exact" ? "exact" : "approximate",
    };
  });
  const first = Math.min(...values.map((value) => value.start));
  const last = Math.max(...values.map((value) => value.end));
  const pad = Math.max(45 * DAY, (last - first) * 0.15);
  const low = Math.min(...values.map((value) => Math.min(value.value, value.bound ?? value.value)));
  const high = Math.max(...values.map((value) => Math.max(value.value, value.bound ?? value.value)));
  const margin = Math.max((high - low) * 0.25, Math.abs(high) * 0.05, 1);
  const x = {
    field: "start",
    type: "temporal",
    title: "as of",
    scale: { type: "utc", domainMin: dateTime(first - pad), domainMax: dateTime(last + pad) },
    axis: { format: last - first > 2 * 365 * DAY ? "%Y" : "%b %Y", tickCount: 6 },
  } as const;
  const y = {
    field: "value",
    type: "quantitative",
    title: metric.unit,
    scale: { zero: false, domainMin: low - margin, domainMax: high + margin, nice: false },
    axis: Math.abs(high) >= 1e6 ? { format: "~s", tickCount: 5 } : { format: ",~r", tickCount: 5, tickMinStep: 1 },
  } as const;
  const color = { field: "source", type: "nominal", title: "document", scale: { scheme: "category10" } } as const;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: {
      text: [...wrapWords(metric.label, 44)],
      subtitle: [
        `Metric ${metric.id}:`,
        "every figure the documents give, by document (colour and shape).",
        "Filled: an exact value. Hollow: approximate, with a dashed line",
        "pointing to where the true value lies (below for \u201cnearly\u201d, above",
        "for \u201cmore than\u201d). A line under a mark: the month or year the",
        "figure is dated to.",
      ],
    },
    width: 360,
    height: 240,
    config: CONFIG,
    data: { values },
    encoding: { x, y, color },
    layer: [
      { mark: { type: "rule", strokeWidth: 3, opacity: 0.5 }, encoding: { x2: { field: "end" } } },
      // Only when there is a bound to draw: a layer with no data makes Vega warn of an empty extent.
      ...(values.some((value) => value.bound !== null)
        ? [
            {
              mark: { type: "rule" as const, strokeDash: [4, 3], strokeWidth: 1.5 },
              transform: [{ filter: "datum.bound !== null" }],
              encoding: { y2: { field: "bound" } },
            },
          ]
        : []),
      {
        mark: { type: "point", size: 120, strokeWidth: 2, opacity: 1 },
        encoding: {
          shape: { field: "source", type: "nominal", title: "document" },
          fill: { condition: { test: "datum.shape === 'exact'", field: "source", type: "nominal" }, value: "white" },
        },
      },
      {
        mark: { type: "text", align: "left", dx: 10, dy: -10, fontSize: 11, color: "#222" },
        encoding: { text: { field: "label" }, color: { value: "#222" } },
      },
    ],
  };
}

/** Text in lines of at most `width` characters, broken between words (a longer word gets a line of its own). */
function wrapWords(text: string, width: number): readonly string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** File name of a metric's chart. */
export function metricChartFile(metric: string): string {
  return `metric-${metric}.svg`;
}

/** The metrics that get a chart: those with more than one figure, in catalogue order. */
export function chartedMetrics(dataset: Dataset): readonly Metric[] {
  const api = createQueryApi(dataset);
  return dataset.metrics.filter((metric) => metric.deprecated === undefined && api.getFigureHistory(metric.id as MetricId).length > 1);
}

/** Every picture, rendered. */
export async function renderCharts(dataset: Dataset): Promise<readonly Chart[]> {
  const api = createQueryApi(dataset);
  const sourceTitle = (id: string) => {
    const source = dataset.sources.find((candidate) => candidate.id === id);
    if (!source) return id;
    const publishers = source.publisherIds.map((orgId) => {
      const org = api.getEntity(orgId);
      return org?.acronym ?? org?.name ?? orgId;
    });
    return [`document ${source.file.slice(0, 3)}`, publishers.join("/"), source.latestDateInText].filter(Boolean).join(" · ");
  };
  const events = api.groupEventsByYear().flatMap(({ events }) => events);
  const unique = [...new Set(events)];
  const charts: Chart[] = [{ file: "timeline.svg", title: "Timeline of every event", svg: await render(timelineSpec(unique)) }];
  for (const metric of chartedMetrics(dataset)) {
    const figures = api.getFigureHistory(metric.id as MetricId);
    charts.push({ file: metricChartFile(metric.id), title: metric.label, svg: await render(metricSpec(metric, figures, sourceTitle)) });
  }
  return charts;
}

/** The page that shows the pictures, with what each metric chart means and the notes on its figures. */
export function renderChartsPage(dataset: Dataset, charts: readonly Chart[]): string {
  const api = createQueryApi(dataset);
  const lines = [
    // Front matter: the title and one-line summary the API reference's index shows for this guide.
    "---",
    'title: "Charts"',
    'summary: "A timeline of the events and a chart of every metric\'s figures, drawn from the data, with the notes on them."',
    "---",
    "",
    "# Charts",
    "",
    "<!-- Generated by `npm run build` (scripts/lib/charts.ts) from data/. Do not edit. -->",
    "",
    "Drawn from the data by `npm run build` with [Vega-Lite](https://vega.github.io/vega-lite/). In the metric charts each",
    "document has its own colour and shape; a filled mark is an exact value, a hollow one an approximate value",
    '("nearly 750", "more than 50") with a dashed line towards the side the true value lies on; a line under a mark spans',
    "the month or year when a document dates the figure only that far.",
    "",
    "## Timeline",
    "",
    "![Every event in the dataset, oldest first](images/timeline.svg)",
    "",
    "The same in code: `groupEventsByYear()`; see [examples/09-timeline-and-csv.ts](../examples/09-timeline-and-csv.ts).",
    "",
    "## Metrics with more than one figure",
  ];
  for (const metric of chartedMetrics(dataset)) {
    const figures = api.getFigureHistory(metric.id as MetricId);
    const notes = [...new Map(figures.flatMap((figure) => api.findNotesAbout(figure.id)).map((note) => [note.id, note])).values()];
    lines.push(
      "",
      `### ${metric.label}`,
      "",
      `![${metric.label}](images/${metricChartFile(metric.id)})`,
      "",
      `\`${metric.id}\` (${metric.unit}): ${metric.definition}`,
      "",
      ...figures.map((figure) => `- ${figure.asOf}: ${formatValue(figure, metric.unit)} — \`${figure.citations[0]?.documentId}\`: "${figure.citations[0]?.quote}"`),
      ...notes.flatMap((note) => ["", `> **${note.title}** (\`${note.id}\`, ${note.kind}). ${note.body}`]),
    );
  }
  lines.push("");
  return lines.join("\n");
}

/** Writes every picture to docs/images/ (removing pictures no longer drawn) and the page to docs/charts.md. */
export async function writeCharts(dataset: Dataset): Promise<readonly Chart[]> {
  const charts = await renderCharts(dataset);
  mkdirSync(IMAGES_DIR, { recursive: true });
  const drawn = new Set(charts.map((chart) => chart.file));
  for (const file of readdirSync(IMAGES_DIR)) if (file.endsWith(".svg") && !drawn.has(file)) rmSync(resolve(IMAGES_DIR, file));
  for (const chart of charts) writeFileSync(resolve(IMAGES_DIR, chart.file), chart.svg);
  writeFileSync(CHARTS_PAGE, renderChartsPage(dataset, charts));
  return charts;
}

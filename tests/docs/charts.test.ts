import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CHARTS_PAGE, chartedMetrics, DISPLAYED_WIDTH, IMAGES_DIR, MIN_DISPLAYED_FONT_SIZE, metricChartFile, renderCharts, renderChartsPage, type Chart } from "../../scripts/lib/charts.js";
import { ROOT } from "../../scripts/lib/paths.js";
import { authoredDataset } from "../helpers/authored.js";

const dataset = authoredDataset();
let charts: readonly Chart[];
beforeAll(async () => {
  charts = await renderCharts(dataset);
}, 60_000);

describe("the pictures in docs/images/", () => {
  it("are what the build draws from the current data (run `npm run build` after editing data/)", () => {
    const committed = readdirSync(IMAGES_DIR).filter((file) => file.endsWith(".svg")).sort();
    expect(committed).toEqual(charts.map((chart) => chart.file).sort());
    for (const chart of charts) expect(readFileSync(resolve(IMAGES_DIR, chart.file), "utf8"), chart.file).toBe(chart.svg);
    expect(readFileSync(CHARTS_PAGE, "utf8")).toBe(renderChartsPage(dataset, charts));
  });

  it("are drawn the same every time", async () => {
    const again = await renderCharts(dataset);
    expect(again.map((chart) => chart.svg)).toEqual(charts.map((chart) => chart.svg));
  }, 60_000);

  it("chart every metric with more than one figure, with a labelled mark per figure", () => {
    expect(chartedMetrics(dataset).map((metric) => metric.id)).toEqual(
      dataset.metrics
        .filter((metric) => dataset.figures.filter((figure) => figure.metric === metric.id && figure.deprecated === undefined).length > 1)
        .map((metric) => metric.id),
    );
    const partnership = charts.find((chart) => chart.file === metricChartFile("comprehensive-strategic-partnership-years"))?.svg ?? "";
    expect(partnership).toContain("nearly 1 year");
    expect(partnership).toContain(">2 years<");
    const aid = charts.find((chart) => chart.file === metricChartFile("us-non-refundable-aid-total"))?.svg ?? "";
    expect(aid).toContain("300,000,000 USD (held until this date)");
    expect(aid).toContain(">430,000,000 USD<");
  });

  it("show every event on the timeline", () => {
    const timeline = charts.find((chart) => chart.file === "timeline.svg")?.svg ?? "";
    for (const event of dataset.events.filter((record) => record.deprecated === undefined)) {
      expect(timeline).toContain(`  ${event.endDate ? `${event.date} – ${event.endDate}` : event.date}  ${event.title.slice(0, 12)}`);
    }
  });

  it("keep their text legible at the width the site shows them (scaled down to that width, not below 11 px)", () => {
    for (const chart of charts) {
      const width = Number(/^<svg[^>]* viewBox="0 0 ([\d.]+) [\d.]+"/.exec(chart.svg)?.[1]);
      expect(width, chart.file).toBeGreaterThan(0);
      const sizes = [...chart.svg.matchAll(/font-size="([\d.]+)px"/g)].map((match) => Number(match[1]));
      expect(sizes.length, chart.file).toBeGreaterThan(0);
      const scale = Math.min(1, DISPLAYED_WIDTH / width);
      expect(Math.min(...sizes) * scale, chart.file).toBeGreaterThanOrEqual(MIN_DISPLAYED_FONT_SIZE);
    }
  });

  it("are shown by the README and the charts page, and every picture they link exists", () => {
    const readme = readFileSync(resolve(ROOT, "README.md"), "utf8");
    expect(readme).toContain("](docs/images/timeline.svg)");
    expect(readme).toContain("](docs/charts.md)");
    for (const [page, base] of [[readme, ROOT], [readFileSync(CHARTS_PAGE, "utf8"), resolve(ROOT, "docs")]] as const) {
      for (const [, link] of page.matchAll(/!\[[^\]]*\]\(([^)]+\.svg)\)/g)) expect(existsSync(resolve(base, link!)), link).toBe(true);
    }
  });
});

/**
 * Step of `npm run build` after build:data: draws the pictures of the docs from the data (see scripts/lib/charts.ts).
 */
import { validateDataset } from "../src/schema/index.js";
import { loadAuthoredDataset } from "./lib/load-data.js";

const validation = validateDataset(loadAuthoredDataset());
if (!validation.ok) {
  console.error("build-charts: the data does not pass its checks; run `npm run build:data` for the details.");
  process.exit(1);
}
// The charts are drawn with the query helpers, which import the modules build:data generates: load them only now.
const { writeCharts } = await import("./lib/charts.js");
const charts = await writeCharts(validation.dataset);
console.log(`build-charts: ${charts.length} pictures in docs/images/ (${charts.map((chart) => chart.file).join(", ")}).`);

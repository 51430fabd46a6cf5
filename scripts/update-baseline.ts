/**
 * `tsx scripts/update-baseline.ts`: records the current data and schema as the baseline (baseline/) that `npm test`
 * and `npm run version-packages` diff against. `npm run release` does this itself after publishing; this script is
 * for setting a baseline by hand (the version-packages test starts from one equal to the current data).
 */
import { writeBaseline } from "./lib/baseline.js";
import { loadAuthoredDataset } from "./lib/load-data.js";
import { renderJsonSchema } from "./lib/raw-exports.js";

const dataset = loadAuthoredDataset();
writeBaseline(dataset, renderJsonSchema());
console.log(`update-baseline: baseline/ now holds the data of ${dataset.version}`);

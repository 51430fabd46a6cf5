/**
 * Last step of `npm run release`: records the data and schema of the version just released as the baseline that
 * `npm test` and `npm run version-packages` diff against. Commit the result.
 */
import { writeBaseline } from "./lib/baseline.js";
import { loadAuthoredDataset } from "./lib/load-data.js";
import { renderJsonSchema } from "./lib/raw-exports.js";

const dataset = loadAuthoredDataset();
writeBaseline(dataset, renderJsonSchema());
console.log(`update-baseline: baseline/ now holds the data of ${dataset.version}`);

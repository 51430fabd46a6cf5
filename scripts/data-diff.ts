/**
 * `npm run data:diff -- <old> <new> [--json]`: what changed between two datasets (ids added, removed, deprecated and
 * changed per collection, with field-level changes) and the semver bump docs/versioning.md requires. The same diff
 * and report as the package's `vietnam-us-relations diff` command (src/diff, src/cli); here each side may also be
 * the authored `data/` of a checkout. Each side: a directory, a dataset.json, or a packed tarball.
 */
import { diffDatasets } from "../src/diff/data-diff.js";
import { formatDiff } from "../src/diff/format.js";
import { readDiffSide } from "./lib/diff-sides.js";

const args = process.argv.slice(2);
const json = args.includes("--json");
const [oldPath, newPath] = args.filter((arg) => arg !== "--json");
if (!oldPath || !newPath) {
  console.error("usage: npm run data:diff -- <old> <new> [--json]   (each a directory, a dataset.json or a .tgz)");
  process.exit(2);
}
const result = diffDatasets(readDiffSide(oldPath), readDiffSide(newPath));
if (json) console.log(JSON.stringify(result, null, 2));
else console.log(formatDiff(result).join("\n"));

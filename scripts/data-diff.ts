/**
 * `npm run data:diff -- <old> <new> [--json]`: what changed between two datasets (ids added, removed, deprecated and
 * changed per collection, with field-level changes) and the semver bump docs/versioning.md requires.
 * Each side: a directory, a dataset.json, or a packed tarball.
 */
import { diffDatasets, summarizeDiff } from "./lib/data-diff.js";
import { readDiffSide } from "./lib/diff-sides.js";

const args = process.argv.slice(2);
const json = args.includes("--json");
const [oldPath, newPath] = args.filter((arg) => arg !== "--json");
if (!oldPath || !newPath) {
  console.error("usage: npm run data:diff -- <old> <new> [--json]   (each a directory, a dataset.json or a .tgz)");
  process.exit(2);
}
const result = diffDatasets(readDiffSide(oldPath), readDiffSide(newPath));
if (json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(`data diff ${result.from ?? "?"} → ${result.to ?? "?"}`);
  for (const line of summarizeDiff(result, { maxIds: 20 })) console.log(`  ${line}`);
  for (const [name, change] of Object.entries(result.collections)) {
    for (const { id, changes } of change.changed) {
      for (const field of changes) {
        console.log(`  ~ ${name} ${id} ${field.path}: ${JSON.stringify(field.oldValue)} → ${JSON.stringify(field.value)}`);
      }
    }
  }
  console.log(`required bump: ${result.bump}`);
  for (const reason of result.reasons) console.log(`  ${reason.bump}: ${reason.rule}: ${reason.ids.join(", ")}`);
}

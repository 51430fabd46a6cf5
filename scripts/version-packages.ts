/**
 * `npm run version-packages`: `changeset version`, then the data diff since the last release written into the new
 * CHANGELOG entry and into `changes/<version>.json` (which ships in the package).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { readBaseline } from "./lib/baseline.js";
import { diffDatasets, summarizeDiff } from "../src/diff/data-diff.js";
import { loadAuthoredDataset, packageVersion } from "./lib/load-data.js";
import { ROOT } from "./lib/paths.js";
import { renderJsonSchema } from "./lib/raw-exports.js";

const before = packageVersion();
execFileSync(resolve(ROOT, "node_modules/.bin/changeset"), ["version"], { cwd: ROOT, stdio: "inherit" });
const version = packageVersion();
if (version === before) {
  console.log("version-packages: no pending changesets, nothing to version");
  process.exit(0);
}

const baseline = readBaseline();
const diff = diffDatasets(baseline, { dataset: loadAuthoredDataset(), schema: renderJsonSchema() });

mkdirSync(resolve(ROOT, "changes"), { recursive: true });
writeFileSync(
  resolve(ROOT, "changes", `${version}.json`),
  `${JSON.stringify({ version, previous: baseline.dataset.version, requiredBump: diff.bump, reasons: diff.reasons, collections: diff.collections }, null, 2)}\n`,
);

const changelogFile = resolve(ROOT, "CHANGELOG.md");
const changelog = readFileSync(changelogFile, "utf8");
const heading = `## ${version}\n`;
const summary = [
  `### Data changes since ${baseline.dataset.version}`,
  "",
  ...summarizeDiff(diff).map((line) => `- ${line}`),
  "",
  `Required bump under docs/versioning.md: ${diff.bump}. Machine-readable: \`changes/${version}.json\`.`,
  "",
].join("\n");
if (!changelog.includes(heading)) throw new Error(`version-packages: CHANGELOG.md has no "${heading.trim()}" entry`);
writeFileSync(changelogFile, changelog.replace(heading, `${heading}\n${summary}`));
console.log(`version-packages: ${before} → ${version}; data diff written to CHANGELOG.md and changes/${version}.json`);

/**
 * `npm run release`: publishes the version in package.json, and refuses — publishing nothing — unless
 *   1. the working tree is clean (`git status`), so what is published is exactly a commit;
 *   2. no changeset is pending and the version bump since the last release (baseline/) is at least what the data
 *      diff requires under docs/versioning.md (the check `npm test` also runs);
 *   3. `npm run build` passes, then the tests: `npm test`, or the command in VUR_RELEASE_TEST_COMMAND (the release
 *      test in tests/versioning sets a small one, since the full suite would run inside itself);
 *   4. the tree is still clean after them.
 * Then `changeset publish` (npm publish with the user's npm configuration) and baseline/ is updated to the data
 * just released; commit it.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { renderJsonSchema } from "./lib/raw-exports.js";
import { writeBaseline } from "./lib/baseline.js";
import { loadAuthoredDataset, packageVersion } from "./lib/load-data.js";
import { ROOT } from "./lib/paths.js";
import { pendingChangesetBump } from "./lib/pending-bump.js";
import { checkReleaseBump } from "./lib/release-check.js";

const PACKAGE_NAME = "vietnam-us-relations";

function refuse(reason: string): never {
  console.error(`release: refused, nothing was published.\n${reason}`);
  process.exit(1);
}

/** Runs a command line in the project root with the output shown; its exit code. */
function step(label: string, commandLine: string): number {
  console.log(`release: ${label}: ${commandLine}`);
  const result = spawnSync(commandLine, { cwd: ROOT, stdio: "inherit", shell: true });
  return result.status ?? 1;
}

function uncommittedChanges(): string {
  const result = spawnSync("git", ["status", "--porcelain"], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) refuse(`\`git status\` failed: ${result.error?.message ?? result.stderr.trim()}`);
  return result.stdout.trim();
}

const dirtyBefore = uncommittedChanges();
if (dirtyBefore) refuse(`The working tree has uncommitted changes; commit or stash them first:\n${dirtyBefore}`);

const check = await checkReleaseBump(PACKAGE_NAME);
if (!check.ok) refuse(check.message);
if ((await pendingChangesetBump(PACKAGE_NAME)) !== "none") {
  refuse("Changesets are pending (.changeset/*.md): run `npm run version-packages`, review and commit, then release.");
}

const version = packageVersion();
if (step("build", "npm run build") !== 0) refuse("`npm run build` failed.");
const testCommand = process.env.VUR_RELEASE_TEST_COMMAND || "npm test";
if (step("checks", testCommand) !== 0) refuse(`The checks failed (\`${testCommand}\`).`);
const dirtyAfter = uncommittedChanges();
if (dirtyAfter) refuse(`The build or the checks changed tracked files; commit them first:\n${dirtyAfter}`);

if (step("publish", `"${resolve(ROOT, "node_modules/.bin/changeset")}" publish`) !== 0) {
  console.error(`release: \`changeset publish\` failed; see above for what, if anything, was published.`);
  process.exit(1);
}
writeBaseline(loadAuthoredDataset(), renderJsonSchema());
console.log(`release: published ${PACKAGE_NAME}@${version}; baseline/ now holds its data: commit it (and push the tag).`);

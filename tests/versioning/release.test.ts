import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SOURCES_DIR } from "../../scripts/lib/paths.js";
import { type LocalRegistry, startRegistry, withRegistry } from "../helpers/registry.js";
import { copyProject, git, SCRATCH_GIT_ENV } from "../helpers/scratch-project.js";
import { childEnv, formatRun, run, runOk } from "../package/helpers.js";

/**
 * The release path, end to end, against a real npm registry (Verdaccio on 127.0.0.1, storage in a temporary folder,
 * no uplinks) in a scratch copy of the repository: `npm run release` publishes, refuses when it must (and then
 * publishes nothing), and a consumer pins, upgrades and diffs the versions it published.
 *
 * The release runs its real steps (git status, bump check, `npm run build`, changeset publish, baseline); only its
 * test command is swapped, through VUR_RELEASE_TEST_COMMAND, for one that passes or one that fails, since the full
 * `npm test` would run this test inside itself (and the suite's own run is the real check of this tree).
 */
const ADDED_EVENT = "event:1948-05-29-added-for-the-release-test";
const PASSING_CHECKS = `node -e "console.log('checks passed')"`;
const FAILING_CHECK = `node -e "console.error('a failing check'); process.exit(1)"`;

let registry: LocalRegistry;
let work: string;
let consumer: string;
const env = (extra: NodeJS.ProcessEnv = {}) =>
  withRegistry(registry, childEnv(), { ...SCRATCH_GIT_ENV, VUR_SOURCES_DIR: SOURCES_DIR, VUR_RELEASE_TEST_COMMAND: PASSING_CHECKS, ...extra });
const npm = (cwd: string, args: string[], extra?: NodeJS.ProcessEnv) => run("npm", args, { cwd, env: env(extra), timeoutMs: 300_000 });
const version = () => (JSON.parse(readFileSync(join(work, "package.json"), "utf8")) as { version: string }).version;
const published = async () => {
  const result = await npm(work, ["view", "vietnam-us-relations", "versions", "--json"]);
  if (result.code !== 0 && /E404/.test(result.stderr)) return [];
  if (result.code !== 0) throw new Error(formatRun(result));
  return [JSON.parse(result.stdout) as string | string[]].flat();
};
const commitAll = (message: string) => {
  git(work, "add", "-A");
  // --allow-empty: with no changeset pending (right after a release is cut), versioning changes nothing.
  git(work, "commit", "-q", "--allow-empty", "-m", message);
};
const expectRefusal = async (reason: RegExp, extra: NodeJS.ProcessEnv = {}) => {
  const before = await published();
  const result = await npm(work, ["run", "release"], extra);
  expect(result.code, formatRun(result)).not.toBe(0);
  expect(result.stderr).toContain("release: refused, nothing was published.");
  expect(result.stderr).toMatch(reason);
  expect(await published()).toEqual(before);
};

/** Publishes the package's runtime dependencies, from node_modules, so that consumers can install from a registry without uplinks. */
async function publishDependencies(): Promise<void> {
  const { dependencies = {} } = JSON.parse(readFileSync(join(work, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  const packDir = await mkdtemp(join(tmpdir(), "vur-deps-"));
  try {
    for (const name of Object.keys(dependencies)) {
      await runOk("npm", ["pack", resolve(work, "node_modules", name), "--ignore-scripts", "--pack-destination", packDir], { cwd: packDir, env: env() });
    }
    for (const tarball of await readdir(packDir)) {
      await runOk("npm", ["publish", join(packDir, tarball), "--ignore-scripts", "--tag", "latest"], { cwd: packDir, env: env() });
    }
  } finally {
    await rm(packDir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  registry = await startRegistry();
  work = copyProject("release");
  consumer = await mkdtemp(join(tmpdir(), "vur-release-consumer-"));
  writeFileSync(join(consumer, "package.json"), `${JSON.stringify({ name: "consumer", version: "1.0.0", private: true, type: "module" })}\n`);
  await publishDependencies();
});

afterAll(async () => {
  await registry?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
  if (consumer) rmSync(consumer, { recursive: true, force: true });
});

describe("npm run release, against a real registry", { timeout: 240_000 }, () => {
  let first: string;
  let second: string;

  it("publishes the current version (after versioning any pending changesets)", async () => {
    await runOk("npm", ["run", "version-packages"], { cwd: work, env: env() });
    commitAll("version packages");
    first = version();
    const result = await npm(work, ["run", "release"]);
    expect(result.code, formatRun(result)).toBe(0);
    expect(result.stdout).toContain(`release: published vietnam-us-relations@${first}`);
    expect(await published()).toEqual([first]);
    expect(JSON.parse(readFileSync(join(work, "baseline/dataset.json"), "utf8")).version).toBe(first);
    commitAll(`release ${first}`);
  });

  it("refuses while the pending changesets bump less than the data change requires", async () => {
    const events = JSON.parse(readFileSync(join(work, "data/events.json"), "utf8")) as { id: string }[];
    events.push({ ...events[0]!, id: ADDED_EVENT });
    writeFileSync(join(work, "data/events.json"), JSON.stringify(events));
    // As a maintainer does after editing data/: canonical formatting, then the build's data and picture steps,
    // which check the data and regenerate docs/data-contents.md, docs/charts.md and docs/images/.
    await runOk("npm", ["run", "data:format"], { cwd: work, env: env() });
    await runOk("npm", ["run", "build:data"], { cwd: work, env: env() });
    await runOk("npm", ["run", "build:charts"], { cwd: work, env: env() });
    writeFileSync(join(work, ".changeset/added-event.md"), '---\n"vietnam-us-relations": patch\n---\n\nA new event.\n');
    commitAll("a new event, under-bumped");
    await expectRefusal(/need a MINOR release[\s\S]*only ask for a patch[\s\S]*minor: new records: event:1948-05-29-added-for-the-release-test/);
  });

  it("refuses with a dirty working tree", async () => {
    writeFileSync(join(work, ".changeset/added-event.md"), '---\n"vietnam-us-relations": minor\n---\n\nA new event.\n');
    await expectRefusal(/uncommitted changes[\s\S]*\.changeset\/added-event\.md/);
    commitAll("a new event, bumped minor");
  });

  it("refuses while changesets are pending (not yet versioned)", async () => {
    await expectRefusal(/Changesets are pending/);
  });

  it("refuses when a check fails, even with everything else in order", async () => {
    await runOk("npm", ["run", "version-packages"], { cwd: work, env: env() });
    commitAll("version packages");
    second = version();
    expect(second).not.toBe(first);
    await expectRefusal(/The checks failed/, { VUR_RELEASE_TEST_COMMAND: FAILING_CHECK });
  });

  it("publishes the next version; npm view lists both", async () => {
    const result = await npm(work, ["run", "release"]);
    expect(result.code, formatRun(result)).toBe(0);
    expect(await published()).toEqual([first, second]);
  });

  it("a consumer pins the older version exactly, then upgrades and finds the change and changes/<version>.json", async () => {
    await runOk("npm", ["install", "--save-exact", "--no-audit", "--no-fund", `vietnam-us-relations@${first}`], { cwd: consumer, env: env() });
    expect(JSON.parse(readFileSync(join(consumer, "package.json"), "utf8")).dependencies).toEqual({ "vietnam-us-relations": first });
    const probe = `import { DATASET_VERSION, dataset } from "vietnam-us-relations"; console.log(JSON.stringify({ version: DATASET_VERSION, added: dataset.events.some((e) => e.id === ${JSON.stringify(ADDED_EVENT)}) }));`;
    const old = await runOk(process.execPath, ["--input-type=module", "-e", probe], { cwd: consumer, env: env() });
    expect(JSON.parse(old.stdout)).toEqual({ version: first, added: false });

    await runOk("npm", ["install", "--save-exact", "--no-audit", "--no-fund", `vietnam-us-relations@${second}`], { cwd: consumer, env: env() });
    expect(JSON.parse(readFileSync(join(consumer, "package.json"), "utf8")).dependencies).toEqual({ "vietnam-us-relations": second });
    const upgraded = await runOk(process.execPath, ["--input-type=module", "-e", probe], { cwd: consumer, env: env() });
    expect(JSON.parse(upgraded.stdout)).toEqual({ version: second, added: true });
    const changesFile = join(consumer, "node_modules/vietnam-us-relations/changes", `${second}.json`);
    expect(existsSync(changesFile), `${changesFile} is missing from the published ${second}`).toBe(true);
    const changes = JSON.parse(readFileSync(changesFile, "utf8"));
    expect(changes).toMatchObject({ version: second, previous: first, requiredBump: "minor" });
    expect(changes.collections.events.added).toEqual([ADDED_EVENT]);
  });

  it("the installed command diffs the two published versions", async () => {
    const result = await runOk("npx", ["--no-install", "vietnam-us-relations", "diff", first, second, "--json"], { cwd: consumer, env: env() });
    const diff = JSON.parse(result.stdout);
    expect(diff).toMatchObject({ old: `vietnam-us-relations@${first}`, new: `vietnam-us-relations@${second}`, from: first, to: second, bump: "minor" });
    expect(diff.collections.events).toEqual({ added: [ADDED_EVENT], removed: [], deprecated: [], changed: [] });
  });
});

import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { type LocalRegistry, startRegistry, withRegistry } from "../helpers/registry.js";
import { type Consumer, childEnv, createConsumer, formatRun, NODE_MAJORS, nodeBinary, run, runOk } from "./helpers.js";

/**
 * The `vietnam-us-relations` command as users run it: from the packed tarball installed into a consumer project,
 * under every supported Node major, diffing two versions published to a real registry (Verdaccio on 127.0.0.1,
 * named only in the consumer project's own `.npmrc`: npm's user config is an empty file and no registry is set in
 * the environment, so the command reaches it only by running npm in the user's folder) and tarballs on disk.
 *
 * The versions are the packed tarball itself, a next minor made from it with one event added and one figure
 * corrected, and a candidate with one event removed, so the expected diffs are known exactly.
 */
const ADDED_EVENT = "event:1948-05-29-added-for-the-cli-test";
const CORRECTED_FIGURE = "figure:2023-06-08-repatriation-missions";

let registry: LocalRegistry;
let consumer: Consumer;
let work: string;
let older: { version: string; tarball: string };
let newer: { version: string; tarball: string };
let withoutRecord: { version: string; tarball: string };
let removedEvent: string;

/** A copy of the unpacked package as `version`, its dataset changed by `change`. */
async function packVariant(folder: string, version: (current: [number, number]) => string, change: (dataset: any) => void): Promise<{ version: string; tarball: string }> {
  const dir = join(work, folder, "package");
  cpSync(inject("packedPackageDir"), dir, { recursive: true });
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  pkg.version = version((pkg.version as string).split(".").map(Number) as [number, number]);
  writeFileSync(join(dir, "package.json"), JSON.stringify(pkg, null, 2));
  const dataset = JSON.parse(readFileSync(join(dir, "dist/dataset.json"), "utf8"));
  dataset.version = pkg.version;
  change(dataset);
  writeFileSync(join(dir, "dist/dataset.json"), JSON.stringify(dataset));
  await runOk("npm", ["pack", dir, "--ignore-scripts", "--pack-destination", work], { cwd: work });
  return { version: pkg.version, tarball: join(work, `vietnam-us-relations-${pkg.version}.tgz`) };
}

/** The next minor, with one event added and one figure's value changed. */
const packNextMinor = () =>
  packVariant("next", ([major, minor]) => `${major}.${minor + 1}.0`, (dataset) => {
    dataset.events.push({ ...dataset.events[0], id: ADDED_EVENT });
    const figure = dataset.figures.find((f: { id: string }) => f.id === CORRECTED_FIGURE);
    if (figure === undefined) throw new Error(`${CORRECTED_FIGURE} is not in the dataset: update this test`);
    figure.value += 1;
  });

/** A candidate that removes one event (whichever is last): a major change. */
const packWithoutRecord = () =>
  packVariant("removed", ([major]) => `${major + 1}.0.0-candidate`, (dataset) => {
    removedEvent = dataset.events.pop().id;
  });

beforeAll(async () => {
  registry = await startRegistry();
  work = await mkdtemp(join(tmpdir(), "vur-cli-"));
  const packed = inject("packedTarball");
  older = { version: JSON.parse(readFileSync(join(inject("packedPackageDir"), "package.json"), "utf8")).version, tarball: packed };
  newer = await packNextMinor();
  withoutRecord = await packWithoutRecord();
  for (const { tarball } of [older, newer]) {
    await runOk("npm", ["publish", tarball, "--ignore-scripts", "--tag", "latest"], { cwd: work, env: withRegistry(registry, childEnv()) });
  }
  consumer = await createConsumer("cli", packed);
  // The registry is named in the project's .npmrc and nowhere else.
  writeFileSync(join(consumer.dir, ".npmrc"), `registry=${registry.url}\n`);
  writeFileSync(join(work, "empty-npmrc"), "");
}, 300_000);

/** npm settings with no registry: only the consumer project's .npmrc names one. */
function projectOnlyEnv(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = withRegistry(registry, base, { npm_config_userconfig: join(work, "empty-npmrc") });
  delete env["npm_config_registry"];
  return env;
}

afterAll(async () => {
  await registry?.stop();
  await consumer?.remove();
  if (work) await rm(work, { recursive: true, force: true });
});

describe.concurrent("the vietnam-us-relations command, installed from the tarball", () => {
  test.for(NODE_MAJORS)("Node %i: diffs two published versions and two tarballs; --help, --version and errors", { timeout: 400_000 }, async (major) => {
    const binary = await nodeBinary(major);
    // This Node first on PATH: npx, the command's `#!/usr/bin/env node` and the npm it starts all run under it.
    const env = projectOnlyEnv(childEnv({ PATH: `${dirname(binary)}${delimiter}${process.env.PATH ?? ""}` }));
    const options = { cwd: consumer.dir, env, timeoutMs: 120_000 };
    const nodeOnPath = await runOk("node", ["--version"], options);
    expect(nodeOnPath.stdout.trim()).toMatch(new RegExp(`^v${major}\\.`));
    const cli = (...args: string[]) => run("npx", ["--no-install", "vietnam-us-relations", ...args], options);

    const published = await cli("diff", older.version, newer.version, "--json");
    expect(published.code, formatRun(published)).toBe(0);
    const diff = JSON.parse(published.stdout);
    expect(diff).toMatchObject({ old: `vietnam-us-relations@${older.version}`, new: `vietnam-us-relations@${newer.version}`, from: older.version, to: newer.version, bump: "minor" });
    expect(diff.collections.events).toEqual({ added: [ADDED_EVENT], removed: [], deprecated: [], changed: [] });
    expect(diff.collections.figures.changed).toEqual([
      { id: CORRECTED_FIGURE, changes: [{ path: "value", type: "CHANGE", oldValue: expect.any(Number), value: diff.collections.figures.changed[0].changes[0].oldValue + 1 }] },
    ]);
    expect(diff.reasons).toEqual([
      { bump: "minor", rule: "new records", ids: [ADDED_EVENT] },
      { bump: "patch", rule: "values, quotes, dates or spellings corrected", ids: [CORRECTED_FIGURE] },
    ]);

    const tarballs = await cli("diff", older.tarball, newer.tarball);
    expect(tarballs.code, formatRun(tarballs)).toBe(0);
    const lines = tarballs.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(`data diff ${older.version} → ${newer.version}`);
    expect(lines).toContain("events: 1 added");
    expect(lines).toContain(`  + ${ADDED_EVENT}`);
    expect(lines).toContain("figures: 1 changed");
    expect(lines).toContain(`  ~ ${CORRECTED_FIGURE}`);
    expect(lines).toContain("required bump: minor");
    expect(lines).toContain(`  minor: new records: ${ADDED_EVENT}`);

    // The CI gate of the README: a removed record fails it with its own exit code, an added one passes.
    const gateRemoved = await cli("diff", older.tarball, withoutRecord.tarball, "--fail-on", "major");
    expect(gateRemoved.code, formatRun(gateRemoved)).toBe(3);
    expect(gateRemoved.stdout).toContain(`  major: ids removed: ${removedEvent}\n`);
    const gateAdded = await cli("diff", older.version, newer.tarball, "--fail-on", "major");
    expect(gateAdded.code, formatRun(gateAdded)).toBe(0);

    const help = await cli("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: vietnam-us-relations diff <old> <new> \[--json\] \[--fail-on <patch\|minor\|major>\]/);
    const version = await cli("--version");
    expect({ code: version.code, stdout: version.stdout }).toEqual({ code: 0, stdout: `${older.version}\n` });

    const failures = {
      "no command": await cli(),
      "one side": await cli("diff", older.version),
      "unknown option": await cli("diff", older.version, newer.version, "--colour"),
      "unpublished version": await cli("diff", "99.0.0", newer.version),
      "missing tarball": await cli("diff", "./missing.tgz", newer.version),
    };
    const summary = Object.fromEntries(Object.entries(failures).map(([label, result]) => [label, { code: result.code, stdout: result.stdout, stackTrace: /\n\s+at /.test(result.stderr) }]));
    expect(summary).toEqual({
      "no command": { code: 2, stdout: "", stackTrace: false },
      "one side": { code: 2, stdout: "", stackTrace: false },
      "unknown option": { code: 2, stdout: "", stackTrace: false },
      "unpublished version": { code: 1, stdout: "", stackTrace: false },
      "missing tarball": { code: 1, stdout: "", stackTrace: false },
    });
    expect(failures["one side"].stderr).toContain("diff needs exactly two sides, <old> and <new>; got 1");
    expect(failures["unknown option"].stderr).toContain("Unknown option '--colour'");
    expect(failures["unpublished version"].stderr).toContain("could not fetch vietnam-us-relations@99.0.0 from the npm registry");
    expect(failures["missing tarball"].stderr).toBe("vietnam-us-relations: ./missing.tgz does not exist\n");
  });
});

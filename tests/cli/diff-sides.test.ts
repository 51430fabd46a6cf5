import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FAIL_ON_EXIT_CODE, runCli } from "../../src/cli/run.js";
import { diffDatasets } from "../../src/diff/index.js";
import { renderJsonSchema } from "../../scripts/lib/raw-exports.js";
import { mutableCopy } from "../helpers/authored.js";
import { gzipBomb, tarball, tarballWithLargeEntry } from "../helpers/tarball.js";

/**
 * The `diff` command run in-process (src/cli/run.ts) on sides built here: every side is hostile, and each ends
 * with a reason naming it and exit code 1 — or, for --fail-on, with its own exit code — never with "unexpected
 * error". Cases that would hang or exhaust memory before the fix (FIFOs, /dev/zero, tar loops, backtracking
 * patterns, signals) run in a child process in tests/package/cli-hostile.test.ts.
 */

const work = mkdtempSync(join(tmpdir(), "vur-diff-sides-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Data = Record<string, any>;
const schema = renderJsonSchema() as Record<string, unknown>;
const PKG = { name: "vietnam-us-relations", version: "1.0.0" };

function collector() {
  let text = "";
  return { output: { write: (chunk: string, done: (error?: Error | null) => void) => ((text += chunk), done()) }, text: () => text };
}

async function cli(...args: string[]) {
  const [stdout, stderr] = [collector(), collector()];
  const code = await runCli(args, { pkg: PKG, stdout: stdout.output, stderr: stderr.output, cwd: work });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

let folders = 0;
/** A folder holding `dataset.json` (as JSON text or raw bytes) and, optionally, `schema.json`. */
function side(dataset: Data | string | Buffer, withSchema?: Data | string): string {
  const folder = join(work, `side-${(folders += 1)}`);
  mkdirSync(folder);
  writeFileSync(join(folder, "dataset.json"), typeof dataset === "string" || Buffer.isBuffer(dataset) ? dataset : JSON.stringify(dataset));
  if (withSchema !== undefined) writeFileSync(join(folder, "schema.json"), typeof withSchema === "string" ? withSchema : JSON.stringify(withSchema));
  return folder;
}
const base = () => side(mutableCopy(), schema);
const changed = (change: (data: Data) => void) => {
  const data = mutableCopy();
  change(data);
  return side(data, schema);
};

describe("diff --fail-on and the JSON result", () => {
  it(`exits ${FAIL_ON_EXIT_CODE} when the required bump is at or above --fail-on, 0 below it; the report is printed either way`, async () => {
    const removed = changed((d) => d.events.splice(0, 1));
    const added = changed((d) => d.events.push({ ...d.events[0], id: "event:1948-05-29-added" }));
    const results = {
      "removed, --fail-on major": await cli("diff", base(), removed, "--fail-on", "major"),
      "added, --fail-on major": await cli("diff", base(), added, "--fail-on", "major"),
      "added, --fail-on minor": await cli("diff", base(), added, "--fail-on", "minor"),
      "added, --fail-on patch": await cli("diff", base(), added, "--fail-on", "patch"),
      "none, --fail-on patch": await cli("diff", base(), base(), "--fail-on", "patch"),
    };
    expect(Object.fromEntries(Object.entries(results).map(([label, result]) => [label, result.code]))).toEqual({
      "removed, --fail-on major": FAIL_ON_EXIT_CODE,
      "added, --fail-on major": 0,
      "added, --fail-on minor": FAIL_ON_EXIT_CODE,
      "added, --fail-on patch": FAIL_ON_EXIT_CODE,
      "none, --fail-on patch": 0,
    });
    expect(results["removed, --fail-on major"].stdout).toContain("required bump: major\n");
  });

  it("refuses a --fail-on level it does not know, as a usage error", async () => {
    const result = await cli("diff", base(), base(), "--fail-on", "huge");
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 2, stdout: "" });
    expect(result.stderr).toContain('--fail-on takes patch, minor or major, not "huge"');
  });

  it("prints --json exactly as diffDatasets answers it", async () => {
    const [before, after] = [mutableCopy(), mutableCopy()];
    after.figures[0].value += 1;
    after.events.pop();
    const [oldSide, newSide] = [side(before, schema), side(after, schema)];
    const result = await cli("diff", oldSide, newSide, "--json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(diffDatasets({ dataset: before, schema, label: oldSide }, { dataset: after, schema, label: newSide }));
  });
});

describe("diff: text output", () => {
  it("escapes every control character (C0, DEL, C1) of a side's ids, versions, collection names and field paths", async () => {
    const hostile = "\u001b]0;owned\u0007\u001b[2K\r\u007f\u009b2J\u0085";
    const data = mutableCopy();
    data.version = `9.9.9${hostile}`;
    data.events.push({ ...data.events[0], id: `event:x${hostile}` });
    data[`extra${hostile}`] = [{ id: `a${hostile}` }];
    data.figures[0][`field${hostile}`] = `value${hostile}`;
    const result = await cli("diff", base(), side(data));
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(result.stdout).toContain("+ event:x\\u001b]0;owned\\u0007\\u001b[2K\\u000d\\u007f\\u009b2J\\u0085");
    expect(result.stdout.split("\n")[0]).toBe(`data diff ${mutableCopy().version} → 9.9.9\\u001b]0;owned\\u0007\\u001b[2K\\u000d\\u007f\\u009b2J\\u0085`);
    const json = await cli("diff", base(), side(data), "--json");
    expect(json.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(JSON.parse(json.stdout).to).toBe(data.version);
  });
});

describe("diff: a side that is not a dataset ends with a reason naming it (exit 1)", () => {
  const refused = async (args: string[], reason: string | RegExp) => {
    const result = await cli("diff", ...args);
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 1, stdout: "" });
    expect(result.stderr).not.toContain("unexpected error");
    expect(result.stderr).toMatch(reason);
  };

  it("a record that is null, or without a string id", async () => {
    await refused([base(), side({ version: "1.0.0", events: [null] })], "new side (");
    await refused([side({ version: "1.0.0", events: [null] }), base()], /old side \(.*\): events\[0\] is not a record \(null\)/);
    await refused([base(), side({ version: "1.0.0", events: [{ id: 7 }] })], "new side");
    await refused([base(), side({ version: "1.0.0", people: [{ id: "person:a", posts: [null] }] })], "people[0].posts[0] is not a record (null)");
  });

  it("duplicate ids on a side", async () => {
    const data = mutableCopy();
    data.events.push(structuredClone(data.events[0]));
    await refused([base(), side(data)], `new side (${join(work, `side-${folders}`)}): events[${data.events.length - 1}] has the id "${data.events[0].id}" of events[0]: ids must be unique`);
  });

  it("JSON nested 10⁴ levels deep", async () => {
    await refused([base(), side(`{"version":"1.0.0","events":[{"id":"event:x","deep":${"[".repeat(10_000)}${"]".repeat(10_000)}}]}`)], "new side (");
    await refused([base(), side(`{"version":"1.0.0","events":[{"id":"event:x","deep":${"[".repeat(10_000)}${"]".repeat(10_000)}}]}`)], "nests deeper than 64 levels");
  });

  it("a 100 KB version, shown once and cut short", async () => {
    const version = "1".repeat(100_000);
    const result = await cli("diff", base(), side({ version, events: [] }));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/new side \(.*\): version is not a string of at most 256 characters \(a string of length 100000\)/);
    expect(result.stderr.length).toBeLessThan(1000);
  });

  it("a dataset.json that is a directory", async () => {
    const folder = join(work, "directory-side");
    mkdirSync(join(folder, "dataset.json"), { recursive: true });
    await refused([base(), folder], `${join(folder, "dataset.json")} is a directory, not a file: refused`);
  });

  it.skipIf(process.getuid?.() === 0)("an unreadable dataset.json (not testable as root, who reads everything)", async () => {
    const folder = side(mutableCopy());
    chmodSync(join(folder, "dataset.json"), 0o000);
    await refused([base(), folder], `cannot read ${join(folder, "dataset.json")}: permission denied (EACCES)`);
  });

  it("a 600 MB dataset.json, refused from its size before a byte is read", async () => {
    const folder = join(work, "huge");
    mkdirSync(folder);
    writeFileSync(join(folder, "dataset.json"), "");
    truncateSync(join(folder, "dataset.json"), 600 * 1024 * 1024); // sparse: no disk space, no time
    await refused([base(), folder], `${join(folder, "dataset.json")} is 600.0 MiB, over the limit of 64.0 MiB`);
  });

  it("an invalid schema.json (not JSON, not an object)", async () => {
    await refused([base(), side(mutableCopy(), "{ not json")], /schema\.json is not a JSON object \(/);
    await refused([base(), side(mutableCopy(), "[1, 2]")], /schema\.json is not a JSON object \(not an object\)/);
  });

  it("invalid UTF-8, refused instead of read with replacement characters", async () => {
    const bytes = Buffer.concat([Buffer.from('{"version":"1.0.0","events":[{"id":"event:'), Buffer.from([0xff, 0xfe]), Buffer.from('"}]}')]);
    await refused([base(), side(bytes)], `${join(work, `side-${folders}`, "dataset.json")} is not valid UTF-8`);
  });

  it("a tarball that inflates past the limit names the limit", async () => {
    const bomb = join(work, "bomb.tgz");
    writeFileSync(bomb, gzipBomb(129));
    await refused([base(), bomb], "bomb.tgz: inflates to more than 128 MiB, the limit: refused");
  });

  it("a tarball whose entry runs past the end of the archive", async () => {
    const file = join(work, "truncated.tgz");
    writeFileSync(file, tarball([{ path: "package/dist/dataset.json", data: "{}", sizeField: "00000177777\0" }]));
    await refused([base(), file], "truncated.tgz: not a valid tarball (the entry at byte 0 runs past its end)");
  });

  it("a dataset.json inside a tarball over the size limit", async () => {
    const file = join(work, "big-inside.tgz");
    writeFileSync(file, tarballWithLargeEntry("package/dist/dataset.json", 65));
    await refused([base(), file], "big-inside.tgz: package/dist/dataset.json is 65.0 MiB, over the limit of 64.0 MiB");
  });
});

describe("diff: what a side is", () => {
  it("a mistyped folder name is not sent to the registry as a dist-tag", async () => {
    const result = await cli("diff", "baselin", base());
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "vietnam-us-relations: baselin is neither an existing file or directory nor a version or range of vietnam-us-relations (for a dist-tag, write vietnam-us-relations@baselin)\n",
    );
  });

  it("a collection named __proto__ is reported, and fields named toString or constructor are compared as fields", async () => {
    const before = { version: "1.0.0", events: [{ id: "event:a", toString: "x", constructor: 1 }] };
    const after = JSON.parse('{"version":"1.1.0","__proto__":[{"id":"p:1"}],"events":[{"id":"event:a","toString":"y","constructor":1}]}');
    const result = diffDatasets({ dataset: before }, { dataset: after });
    expect(Object.keys(result.collections)).toEqual(["events", "__proto__"]);
    expect(Object.getOwnPropertyDescriptor(result.collections, "__proto__")?.value).toEqual({ added: ["p:1"], removed: [], deprecated: [], changed: [] });
    expect(result.collections["events"]!.changed).toEqual([{ id: "event:a", changes: [{ path: "toString", type: "CHANGE", oldValue: "x", value: "y" }] }]);
    expect(result.reasons.map((reason) => reason.rule)).toEqual(["new records", "new collection", "values, quotes, dates or spellings corrected"]);
    const removedField = diffDatasets({ dataset: before }, { dataset: { version: "1.1.0", events: [{ id: "event:a", constructor: 1 }] } });
    expect(removedField.collections["events"]!.changed[0]!.changes).toEqual([{ path: "toString", type: "REMOVE", oldValue: "x" }]);
    expect(removedField.reasons.map((reason) => reason.rule)).toEqual(['field "events.toString" removed', "values, quotes, dates or spellings corrected"]);
  });

  it("symlinks: a dataset.json linked to /dev/zero is refused from its type (see cli-hostile for the child-process case)", async () => {
    const folder = join(work, "zero");
    mkdirSync(folder);
    symlinkSync("/dev/zero", join(folder, "dataset.json"));
    await expect(cli("diff", base(), folder)).resolves.toMatchObject({ code: 1, stderr: `vietnam-us-relations: ${join(folder, "dataset.json")} is a character device, not a file: refused\n` });
  });
});

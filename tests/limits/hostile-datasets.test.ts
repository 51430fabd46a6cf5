import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Issue 20, High 3 and 4 and the year index: hostile datasets cost bounded time and memory. Each case runs in a
 * child `node --max-old-space-size=…` (tests/limits/hostile-dataset-child.ts) killed after a time limit, so a
 * case that exhausts the heap or runs away fails its test instead of the run. The bounds are in the names; no
 * test asserts a timing.
 */

const CHILD = resolve(import.meta.dirname, "hostile-dataset-child.ts");
const TIME_LIMIT_MS = 60_000;

function runCase(name: string, heapMB: number): any {
  const child = spawnSync(process.execPath, [`--max-old-space-size=${heapMB}`, "--import", "tsx", CHILD, name], {
    encoding: "utf8",
    timeout: TIME_LIMIT_MS,
    killSignal: "SIGKILL",
  });
  if (child.status !== 0) throw new Error(`case ${name} ended with ${child.status ?? child.signal}: ${child.stderr.slice(-2_000)}`);
  return JSON.parse(child.stdout);
}

const tooMany = /^holds \d+ values or more; a record may hold at most 10000 \(README, "Inputs, snapshots and edge cases"\)$/;

describe("validateDataset answers { ok: false } on huge records, in bounded time and memory", () => {
  it.each([
    ["8,000,000", 256],
    ["1,000,000", 128],
  ] as const)("one record with %s empty aliases: one problem, within 60 s under a %i MB heap", (count, heapMB) => {
    const answer = runCase(`validate: one record with ${count} empty aliases`, heapMB);
    expect(answer).toMatchObject({ ok: false, count: 1, first: { path: "people[0].aliases" } });
    expect(answer.first.message).toMatch(tooMany);
  }, TIME_LIMIT_MS + 10_000);

  it("9,000 empty aliases: the first 100 listed, stopping after PROBLEMS_BEFORE_STOPPING, within 60 s under a 128 MB heap", () => {
    const answer = runCase("validate: 9,000 empty aliases stop after PROBLEMS_BEFORE_STOPPING", 128);
    expect(answer).toMatchObject({
      ok: false,
      count: 101,
      first: { path: "people[0].aliases[0]", message: "Too small: expected string to have >=1 characters" },
      last: { path: "", message: "900 more problem(s) not listed; validation stopped after 1000 problems" },
    });
  }, TIME_LIMIT_MS + 10_000);

  it("a Proxy collection claiming 10^9 records: refused by its length, within 60 s under a 128 MB heap", () => {
    const answer = runCase("validate: a Proxy collection claiming 10^9 records", 128);
    expect(answer).toEqual({
      ok: false,
      count: 1,
      first: { path: "events", message: "has length 1000000000; arrays longer than 10000000 are refused" },
      last: { path: "events", message: "has length 1000000000; arrays longer than 10000000 are refused" },
    });
  }, TIME_LIMIT_MS + 10_000);
});

describe("createQueryApi works in proportion to the elements that exist", () => {
  it("a sparse collection of length 10^8: refused by its length, within 60 s under a 128 MB heap", () => {
    expect(runCase("createQueryApi: a sparse collection of length 10^8", 128)).toEqual({
      threw: "RangeError",
      message: 'createQueryApi: parameter "data.events" must be an array of at most 10000000 elements; received […] (array of length 100000000)',
    });
  }, TIME_LIMIT_MS + 10_000);

  it("a sparse collection of length 9,000,000: refused at its first hole, within 60 s under a 128 MB heap", () => {
    const answer = runCase("createQueryApi: a sparse collection of length 9,000,000", 128);
    expect(answer.threw).toBe("RangeError");
    expect(answer.message).toMatch(/^createQueryApi: parameter "data\.events\[\d+\]" must be an element \(arrays with holes, sparse arrays, are refused\); received undefined/);
  }, TIME_LIMIT_MS + 10_000);

  it("a Proxy claiming length 10^9: refused before any element is read, within 60 s under a 128 MB heap", () => {
    const answer = runCase("createQueryApi: a Proxy claiming length 10^9", 128);
    expect(answer.threw).toBe("RangeError");
    expect(answer.message).toMatch(/^createQueryApi: parameter "data\.notes" must be an array of at most 10000000 elements/);
  }, TIME_LIMIT_MS + 10_000);

  it("5,000 events spanning 0001–9999: the year index stores intervals, within 60 s under a 128 MB heap", () => {
    expect(runCase("createQueryApi: 5,000 events spanning 0001-9999, first findEventsByYear", 128)).toEqual({ found: 5000, again: true, first: 5000 });
  }, TIME_LIMIT_MS + 10_000);
});

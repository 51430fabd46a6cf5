import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bumpBetween } from "../../src/diff/bump.js";
import { diffDatasets, summarizeDiff, type DiffSide } from "../../src/diff/data-diff.js";
import { readDiffSide } from "../../scripts/lib/diff-sides.js";
import { readTarball } from "../../src/cli/tar.js";
import { renderJsonSchema } from "../../scripts/lib/raw-exports.js";
import { mutableCopy } from "../helpers/authored.js";

type Data = Record<string, any>;
const schema = renderJsonSchema() as Record<string, any>;
const side = (dataset: Data, withSchema: Record<string, unknown> = schema): DiffSide => ({ dataset, schema: withSchema });
const pair = (change: (data: Data) => void, changeSchema?: (s: Record<string, any>) => void) => {
  const before = mutableCopy();
  const after = mutableCopy();
  change(after);
  const newSchema = structuredClone(schema);
  changeSchema?.(newSchema);
  return diffDatasets(side(before), side(after, newSchema));
};
const rules = (result: ReturnType<typeof diffDatasets>) => result.reasons.map((reason) => `${reason.bump}: ${reason.rule}`);

describe("data diff: the rules of docs/versioning.md", () => {
  it("no change: no bump", () => {
    const result = pair(() => {});
    expect(result.bump).toBe("none");
    expect(summarizeDiff(result)).toEqual(["no data changes"]);
  });

  describe("major", () => {
    it("an id removed", () => {
      const result = pair((d) => d.events.splice(0, 1));
      expect(result.bump).toBe("major");
      expect(result.collections.events!.removed).toEqual(["event:1948-05-29-un-peacekeeping-begins"]);
      expect(result.reasons[0]).toMatchObject({ bump: "major", rule: "ids removed", ids: ["event:1948-05-29-un-peacekeeping-begins"] });
    });
    it("an id renamed (removed + added)", () => {
      const result = pair((d) => (d.places[0].id = "place:viet-nam"));
      expect(result.bump).toBe("major");
      expect(result.collections.places).toMatchObject({ added: ["place:viet-nam"], removed: ["place:vietnam"] });
    });
    it("a post removed from a person", () => {
      const result = pair((d) => d.people[0].posts.pop());
      expect(result.bump).toBe("major");
      expect(result.collections.posts!.removed).toHaveLength(1);
    });
    it("a field removed from every record", () => {
      const result = pair(
        (d) => d.events.forEach((e: Data) => delete e.summary),
        (s) => delete s.$defs.Event.properties.summary,
      );
      expect(result.bump).toBe("major");
      expect(rules(result)).toEqual(expect.arrayContaining(['major: field "events.summary" removed', "major: field removed from the schema"]));
    });
    it("a field retyped", () => {
      const result = pair((d) => d.figures.forEach((f: Data) => (f.value = String(f.value))));
      expect(result.bump).toBe("major");
      expect(rules(result)).toContain('major: field "figures.value" retyped');
    });
    it("a metric's unit or definition changed", () => {
      const unit = pair((d) => (d.metrics[0].unit = "operations"));
      expect(unit.bump).toBe("major");
      expect(unit.reasons.find((r) => r.rule === "metric unit or definition changed")?.ids).toEqual(["repatriation-missions"]);
      const definition = pair((d) => (d.metrics[0].definition += " Counted per province."));
      expect(definition.bump).toBe("major");
    });
    it("validation tightened so old data fails (a new required field)", () => {
      const result = pair(
        () => {},
        (s) => {
          s.$defs.Event.properties.region = { type: "string" };
          s.$defs.Event.required.push("region");
        },
      );
      expect(result.bump).toBe("major");
      expect(rules(result)).toEqual(expect.arrayContaining(["major: new required field (validation tightened)", "major: old data fails the new schema (validation tightened)"]));
    });
    it("a validation pattern changed", () => {
      const result = pair(() => {}, (s) => (s.$defs.Source.properties.sha256.pattern = "^[0-9a-f]{40}$"));
      expect(result.bump).toBe("major");
      expect(rules(result)).toContain("major: validation pattern changed");
    });
    it("an enum member removed", () => {
      const result = pair(() => {}, (s) => (s.$defs.Event.properties.type.enum = s.$defs.Event.properties.type.enum.filter((v: string) => v !== "award")));
      expect(result.bump).toBe("major");
      expect(result.reasons.find((r) => r.rule === "enum members removed")?.ids).toEqual(["Event.type=award"]);
    });
  });

  describe("minor", () => {
    it("new records", () => {
      const result = pair((d) => d.events.push({ ...d.events[0], id: "event:1948-05-29-copy" }));
      expect(result.bump).toBe("minor");
      expect(result.collections.events!.added).toEqual(["event:1948-05-29-copy"]);
    });
    it("a new metric", () => {
      const result = pair((d) => d.metrics.push({ ...d.metrics[0], id: "new-metric" }));
      expect(result.bump).toBe("minor");
      expect(result.collections.metrics!.added).toEqual(["new-metric"]);
    });
    it("a new optional field", () => {
      const result = pair(
        (d) => (d.events[0].endDate = "1948-06"),
        (s) => (s.$defs.Event.properties.region = { type: "string" }),
      );
      expect(result.bump).toBe("minor");
      expect(rules(result)).toContain("minor: new optional field");
    });
    it("validation loosened: a pattern removed, or a required field made optional (called out for readers)", () => {
      const removed = pair(() => {}, (s) => delete s.$defs.Source.properties.sha256.pattern);
      expect(removed.bump).toBe("minor");
      expect(removed.reasons).toEqual([{ bump: "minor", rule: "validation pattern removed (validation loosened)", ids: ["Source.sha256"] }]);
      const optional = pair(() => {}, (s) => (s.$defs.Source.required = s.$defs.Source.required.filter((key: string) => key !== "title")));
      expect(optional.bump).toBe("minor");
      expect(optional.reasons).toEqual([{ bump: "minor", rule: "required field made optional (readers must handle its absence)", ids: ["Source.title"] }]);
    });
    it("a new enum member, called out", () => {
      const result = pair(() => {}, (s) => s.$defs.Event.properties.type.enum.push("summit"));
      expect(result.bump).toBe("minor");
      expect(rules(result)).toContain("minor: new enum members (exhaustive switches may need a case)");
    });
    it("a deprecation (tombstone) instead of a removal", () => {
      const result = pair((d) => (d.events[0].deprecated = { since: "0.2.0", reason: "duplicate of another event", supersededBy: d.events[1].id }));
      expect(result.bump).toBe("minor");
      expect(result.collections.events!.deprecated).toEqual(["event:1948-05-29-un-peacekeeping-begins"]);
    });
  });

  describe("patch", () => {
    it("a corrected value, quote, date or spelling", () => {
      expect(pair((d) => (d.figures[0].value = 161)).bump).toBe("patch");
      expect(pair((d) => (d.events[0].date = "1948-05-30")).bump).toBe("patch");
      expect(pair((d) => (d.people[0].name = "Hà Kim Ngọc")).bump).toBe("patch");
      const quote = pair((d) => (d.events[0].citations[0].quote = "the 75th anniversary"));
      expect(quote.bump).toBe("patch");
      expect(quote.collections.events!.changed[0]!.changes[0]).toMatchObject({ path: "citations.0.quote", type: "CHANGE", value: "the 75th anniversary" });
    });
  });

  it("reports field-level changes with paths", () => {
    const result = pair((d) => (d.figures[0].value = 161));
    expect(result.collections.figures!.changed).toEqual([
      { id: "figure:2023-06-08-repatriation-missions", changes: [{ path: "value", type: "CHANGE", oldValue: 160, value: 161 }] },
    ]);
  });
});

describe("data diff: reading each side", () => {
  const directory = mkdtempSync(join(tmpdir(), "vur-diff-test-"));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("reads a dataset.json, a directory of collection files, and a packed tarball", () => {
    const data = mutableCopy();
    writeFileSync(join(directory, "dataset.json"), JSON.stringify(data));
    mkdirSync(join(directory, "collections"));
    for (const [name, value] of Object.entries(data)) if (Array.isArray(value)) writeFileSync(join(directory, "collections", `${name}.json`), JSON.stringify(value));
    mkdirSync(join(directory, "package", "dist"), { recursive: true });
    writeFileSync(join(directory, "package", "dist", "dataset.json"), JSON.stringify({ ...data, version: "9.9.9" }));
    execFileSync("tar", ["-czf", join(directory, "pkg.tgz"), "-C", directory, "package"]);

    expect(readDiffSide(join(directory, "dataset.json")).dataset.events).toEqual(data.events);
    expect(readDiffSide(join(directory, "collections")).dataset.figures).toEqual(data.figures);
    expect(readDiffSide(join(directory, "pkg.tgz")).dataset.version).toBe("9.9.9");
    expect(diffDatasets(readDiffSide(join(directory, "dataset.json")), readDiffSide(join(directory, "pkg.tgz"))).bump).toBe("none");
  });
});

describe("data diff: reading tarballs without a tar program", () => {
  const directory = mkdtempSync(join(tmpdir(), "vur-tar-test-"));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it.each(["gnu", "pax", "ustar"])("reads regular files, long paths included, from a %s tarball", (format) => {
    // Over 100 characters in all: ustar splits it into a prefix, pax and GNU use headers of their own.
    const longFolder = `package/${"nested-folder/".repeat(10)}end`;
    mkdirSync(join(directory, format, longFolder), { recursive: true });
    writeFileSync(join(directory, format, "package", "small.json"), '{"small":true}');
    writeFileSync(join(directory, format, longFolder, "long.json"), '{"long":true}');
    const tarball = join(directory, `${format}.tgz`);
    execFileSync("tar", [`--format=${format}`, "-czf", tarball, "-C", join(directory, format), "package"]);

    const files = readTarball(readFileSync(tarball));
    expect([...files.keys()].sort()).toEqual([`${longFolder}/long.json`, "package/small.json"]);
    expect(new TextDecoder().decode(files.get(`${longFolder}/long.json`))).toBe('{"long":true}');
  });

  it("says plainly when a file is not a gzipped tarball", () => {
    expect(() => readTarball(new TextEncoder().encode("not gzip"))).toThrow("not a gzipped tarball");
  });
});

describe("bumpBetween", () => {
  it.each([
    ["0.1.0", "0.1.0", "none"],
    ["0.1.0", "0.1.1", "patch"],
    ["0.1.3", "0.2.0", "minor"],
    ["0.2.0", "1.0.0", "major"],
    ["1.2.0", "1.1.9", "none"],
  ])("%s → %s is %s", (from, to, bump) => {
    expect(bumpBetween(from, to)).toBe(bump);
  });
});

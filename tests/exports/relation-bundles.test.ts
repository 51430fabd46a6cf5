import { resolve } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { gzipSize } from "../../scripts/lib/browser-bundle.js";
import { DIST_DIR, ROOT } from "../../scripts/lib/paths.js";

/**
 * A bundle of one helper carries only that helper's code and data: the relation helpers each wire only the
 * collections they read. Each collection is recognized in the bundle by a field only its records have.
 */
const MARKERS = {
  sources: "latestDateInText",
  people: "posts",
  deployments: "contributorId",
  events: "participants",
  figures: "asOfRelation",
  metrics: "definition",
  notes: "recordIds",
} as const;
type Marked = keyof typeof MARKERS;

async function collectionsIn(program: string): Promise<{ collections: Marked[]; gzipBytes: number }> {
  const result = await build({
    stdin: { contents: program, resolveDir: ROOT, loader: "js" },
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
    alias: { "vietnam-us-relations": resolve(DIST_DIR, "index.js") },
  });
  const text = result.outputFiles[0]?.text ?? "";
  const collections = (Object.keys(MARKERS) as Marked[]).filter((name) => new RegExp(`\\\\?"${MARKERS[name]}\\\\?":`).test(text));
  return { collections, gzipBytes: gzipSize(text) };
}

/**
 * resolveEvent reads three collections, and the corrected data of issue 10 made them larger: 15,920 bytes gzipped
 * on main at 26aa19b. Its own ceiling keeps ~25 % headroom; the others stay at 15,000.
 */
const GZIP_CEILINGS: Partial<Record<string, number>> = { resolveEvent: 20_000 };

const cases: [helper: string, call: string, collections: Marked[]][] = [
  ["findEventsByYear", "findEventsByYear(2025).length", ["events"]],
  ["findEventsInvolving", 'findEventsInvolving("org:unmiss", { viaPosts: true }).length', ["people", "events"]],
  ["findFiguresAbout", 'findFiguresAbout("place:vietnam").length', ["figures"]],
  ["findNotesAbout", 'findNotesAbout("figure:x").length', ["notes"]],
  ["findPostsIn", 'findPostsIn("org:unmiss").length', ["people"]],
  ["findDeploymentsFrom", 'findDeploymentsFrom("place:vietnam").length', ["deployments"]],
  ["groupEventsByYear", "groupEventsByYear().length", ["events"]],
  ["resolveEvent", 'resolveEvent("event:x")', ["sources", "people", "events"]],
  ["isPerson", "isPerson({})", []],
];

describe("bundles of one relation helper", () => {
  it.each(cases)("%s carries only the collections it reads", async (helper, call, expected) => {
    const { collections, gzipBytes } = await collectionsIn(`import { ${helper} } from "vietnam-us-relations"; console.log(${call});`);
    expect(collections).toEqual(expected);
    expect(gzipBytes).toBeLessThan(GZIP_CEILINGS[helper] ?? 15_000);
  });

  it("the markers do find every collection in a bundle of the whole dataset", async () => {
    const { collections } = await collectionsIn('import { dataset } from "vietnam-us-relations"; console.log(JSON.stringify(dataset).length);');
    expect(collections).toEqual(Object.keys(MARKERS));
  });
});

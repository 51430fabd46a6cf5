import { resolve } from "node:path";
import { createContext, runInContext } from "node:vm";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { DIST_DIR, ROOT } from "../../scripts/lib/paths.js";
import { NEWSROOM_FILE, NEWSROOM_RECORDS, NEWSROOM_SHA256, NEWSROOM_SOURCE, NEWSROOM_TEXT } from "../helpers/newsroom.js";

/**
 * checkCitations runs in browsers: the schemas entry bundles for `platform: "browser"` with no Node built-in (any
 * `node:` import fails the build), and the bundle hashes with the Web Crypto a page has, in a context holding
 * nothing else of Node's.
 */
describe("checkCitations in a browser bundle", () => {
  it("bundles without Node built-ins and checks a source's SHA-256 with Web Crypto", async () => {
    const records = { ...NEWSROOM_RECORDS, sources: [{ ...NEWSROOM_SOURCE, sha256: NEWSROOM_SHA256 }] };
    const wrong = { ...NEWSROOM_RECORDS, sources: [{ ...NEWSROOM_SOURCE, sha256: "0".repeat(64) }] };
    const program = `
      import { checkCitations } from "vietnam-us-relations/schemas";
      const documents = { ${JSON.stringify(NEWSROOM_FILE)}: ${JSON.stringify(NEWSROOM_TEXT)} };
      globalThis.answer = Promise.all([checkCitations(${JSON.stringify(records)}, documents), checkCitations(${JSON.stringify(wrong)}, documents)]);
    `;
    const result = await build({
      stdin: { contents: program, resolveDir: ROOT, loader: "js" },
      bundle: true,
      format: "iife",
      platform: "browser",
      write: false,
      logLevel: "silent",
      alias: { "vietnam-us-relations/schemas": resolve(DIST_DIR, "schemas.js") },
    });
    const page = createContext({ crypto: globalThis.crypto, TextEncoder });
    runInContext(result.outputFiles[0]!.text, page);
    const [right, mismatch] = (await page["answer"]) as [{ ok: boolean }, { ok: boolean; problems: { path: string }[] }];
    expect(right).toEqual({ ok: true, problems: [] });
    expect(mismatch.ok).toBe(false);
    expect(mismatch.problems.map((problem) => problem.path)).toEqual(["sources[0].sha256"]);
  }, 60_000);
});

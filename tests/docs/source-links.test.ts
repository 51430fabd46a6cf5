import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The API site's "Defined in" links, read from the HTML `npm run build` writes to docs/api: each must lead to a file
 * the repository holds (generated modules are git-ignored, TypeScript's and Node's declarations are not ours), at a
 * line that file has.
 */

const ROOT = resolve(import.meta.dirname, "../..");
const SITE = join(ROOT, "docs/api");
const REPOSITORY = "https://github.com/vietnam-us-relations/vietnam-us-relations/blob/main/";

function pages(): readonly string[] {
  if (!existsSync(join(SITE, "index.html"))) throw new Error("docs/api is missing: run `npm run build` before `npm test`");
  return readdirSync(SITE, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));
}

/** Every "Defined in" link of the site: its target, its text and the page it is on. */
function definedInLinks(): readonly { readonly page: string; readonly href: string; readonly text: string }[] {
  return pages().flatMap((page) =>
    [...readFileSync(join(SITE, page), "utf8").matchAll(/Defined in <a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((match) => ({ page, href: match[1]!, text: match[2]! })),
  );
}

describe("the API site's source links", () => {
  const tracked = new Set(execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" }).split("\0"));
  const links = definedInLinks();

  it("exist (the site shows where each export is defined)", () => {
    expect(links.some((link) => link.href.startsWith(`${REPOSITORY}src/query/api.ts#L`))).toBe(true);
    expect(links.filter((link) => link.page === "functions/vietnam-us-relations.search.html").map((link) => link.text)).toEqual([
      expect.stringMatching(/^src\/query\/search\.ts:\d+$/),
    ]);
  });

  it("each name a file the repository tracks, at a line it has, as the link's text says", () => {
    const wrong = links.flatMap(({ page, href, text }) => {
      const match = /^(.+)#L(\d+)$/.exec(href.startsWith(REPOSITORY) ? href.slice(REPOSITORY.length) : "");
      if (match === null) return [`${page}: ${href} is not a line of ${REPOSITORY}`];
      const [, path, line] = match as unknown as [string, string, string];
      if (!tracked.has(path)) return [`${page}: ${path} is not tracked by git`];
      if (Number(line) > readFileSync(join(ROOT, path), "utf8").split("\n").length) return [`${page}: ${path} has no line ${line}`];
      return text === `${path}:${line}` ? [] : [`${page}: the link to ${path}:${line} reads "${text}"`];
    });
    expect(wrong).toEqual([]);
  });
});

import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, relative, resolve, sep } from "node:path";
import chromium from "@sparticuz/chromium";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventSchema } from "../../src/schema/index.js";

/**
 * The API reference as a reader meets it: the site `npm run build` writes to docs/api, served from 127.0.0.1 and
 * opened in a real headless Chromium (shipped inside the @sparticuz/chromium package, so a fresh machine has it
 * after `npm install`). Screenshots of the pages checked go to test-results/site/ (git-ignored) for a human look.
 */

const ROOT = resolve(import.meta.dirname, "../..");
const SITE = join(ROOT, "docs/api");
const SCREENSHOTS = join(ROOT, "test-results/site");
/** @sparticuz/chromium's default arguments crash here (ANGLE/Vulkan); these launch it reliably. */
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-zygote", "--single-process"];
const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

let server: Server;
let browser: Browser;
let page: Page;
let base: string;

/** Serves the built site read-only; anything outside docs/api is a 404. */
function serveSite(): Promise<Server> {
  const site = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname)).replace(/^([/\\])+/, "");
    let file = join(SITE, path);
    if (file.endsWith(sep) || path === "" || path === ".") file = join(file, "index.html");
    if (relative(SITE, file).startsWith("..") || !existsSync(file)) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolvePromise, reject) => {
    site.once("error", reject);
    site.listen(0, "127.0.0.1", () => resolvePromise(site));
  });
}

async function open(path: string, screenshot?: string): Promise<void> {
  const response = await page.goto(`${base}/${path}`, { waitUntil: "load" });
  expect(response?.status(), `${path} was not served`).toBe(200);
  // TypeDoc shows the page once its script has run (it hides the body until then).
  await page.waitForFunction('document.body.style.display !== "none"');
  if (screenshot !== undefined) await page.screenshot({ path: join(SCREENSHOTS, `${screenshot}.png`), fullPage: false });
}

beforeAll(async () => {
  if (!existsSync(join(SITE, "index.html"))) throw new Error("docs/api is missing: run `npm run build` before `npm test`");
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveSite();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await puppeteer.launch({ executablePath: await chromium.executablePath(), args: CHROMIUM_ARGS, headless: true });
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolvePromise) => (server ? server.close(resolvePromise) : resolvePromise(undefined)));
});

describe("the API reference in a browser", { timeout: 60_000 }, () => {
  it("lists every field of the Event record with the description its schema gives it", async () => {
    await open("interfaces/vietnam-us-relations.Event.html", "event");
    const fields = await page.$$eval("section.tsd-member", (sections) =>
      sections.map((section) => ({
        name: section.querySelector("h3 > span")?.textContent ?? "",
        description: section.querySelector(".tsd-comment")?.textContent?.trim() ?? "",
      })),
    );
    // The descriptions are Markdown: the page shows `code` without its backticks.
    const expected = Object.entries(eventSchema.shape).map(([name, schema]) => ({ name, description: (schema.description ?? "").replaceAll("`", "") }));
    expect(expected.every((field) => field.description.length > 10)).toBe(true);
    expect(fields).toEqual(expected);
  });

  it("shows findEventsByYear with a short signature naming Event[], and its description near the top", async () => {
    await open("functions/vietnam-us-relations.findEventsByYear.html", "find-events-by-year");
    const signature = await page.$eval(".tsd-signature", (element) => element.textContent?.replace(/\s+/g, " ").trim());
    expect(signature).toBe("findEventsByYear(year: number): readonly Event[]");
    const eventLink = await page.$eval(".tsd-signature a", (link) => link.getAttribute("href"));
    expect(eventLink).toContain("vietnam-us-relations.Event.html");
    const description = await page.$eval(".tsd-description .tsd-comment", (element) => ({
      text: element.textContent?.trim() ?? "",
      top: element.getBoundingClientRect().top,
    }));
    expect(description.text.startsWith("The events whose date falls in a year")).toBe(true);
    expect(description.top).toBeLessThan(400);
  });

  it("offers findEventsByYear when a reader searches for \"year\", and no internal name", async () => {
    await open("index.html");
    await page.click("#tsd-search-trigger");
    await page.type("#tsd-search-input", "year");
    await page.waitForFunction('document.querySelectorAll("#tsd-search-results li").length > 0');
    await page.screenshot({ path: join(SCREENSHOTS, "search-year.png") });
    const results = await page.$$eval("#tsd-search-results li", (items) => items.map((item) => item.textContent?.trim() ?? ""));
    expect(results.some((text) => text.includes("findEventsByYear"))).toBe(true);
    await page.click("#tsd-search-input", { count: 3 });
    await page.type("#tsd-search-input", "events");
    await page.waitForFunction('[...document.querySelectorAll("#tsd-search-results li")].some((item) => item.textContent.includes("events"))');
    const eventsResults = await page.$$eval("#tsd-search-results li", (items) => items.map((item) => item.textContent?.trim() ?? ""));
    expect(eventsResults.filter((text) => text.includes("__type"))).toEqual([]);
  });

  it("has no empty link under \"On this page\" on any page of the site, guides included", async () => {
    const pages = readdirSync(SITE, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".html"))
      .map((file) => file.split(sep).join("/"));
    expect(pages).toEqual(expect.arrayContaining(["index.html", "documents/Data_model.html", "documents/Versioning_policy.html"]));
    const empty: string[] = [];
    for (const path of pages) {
      await open(path, path === "documents/Data_model.html" ? "data-model" : path === "index.html" ? "landing" : undefined);
      const links = await page.$$eval(".page-menu .tsd-page-navigation a", (anchors) =>
        anchors.map((anchor) => ({ text: anchor.textContent?.trim() ?? "", href: anchor.getAttribute("href") ?? "" })),
      );
      for (const link of links) if (link.text === "" || link.href === "#") empty.push(`${path}: ${JSON.stringify(link)}`);
    }
    expect(empty).toEqual([]);
  }, 300_000);

  it.for(["modules.html", "modules/vietnam-us-relations.html", "modules/schemas.html"])("gives every entry of the index %s a one-line summary", async (path) => {
    await open(path, path === "modules/vietnam-us-relations.html" ? "main-module" : undefined);
    const entries = await page.$$eval("dt.tsd-member-summary", (terms) =>
      terms.map((term) => ({ name: term.textContent?.trim() ?? "", summary: term.nextElementSibling?.textContent?.trim() ?? "" })),
    );
    expect(entries.length).toBeGreaterThan(path === "modules.html" ? 5 : 40);
    expect(entries.filter((entry) => entry.summary === "").map((entry) => entry.name)).toEqual([]);
  });

  it("lists the main entry's functions first, grouped by purpose", async () => {
    await open("modules/vietnam-us-relations.html");
    const groups = await page.$$eval(".col-content h2", (headings) => headings.map((heading) => heading.textContent?.trim()));
    expect(groups).toEqual(["Data", "Queries", "Display", "Dates", "Record types", "Ids", "Kinds"]);
    const queries = await page.$$eval("details:has(> summary [id='queries']) dt svg", (icons) => icons.map((icon) => icon.getAttribute("aria-label")));
    expect(queries.indexOf("Interface")).toBeGreaterThan(queries.lastIndexOf("Function"));
  });

  it("shows the project's title once on the landing page", async () => {
    await open("index.html");
    const titles = await page.$$eval(".col-content h1", (headings) => headings.map((heading) => heading.textContent?.trim()));
    expect(titles).toEqual(["vietnam-us-relations"]);
  });

  it("shows the timeline on the landing page and the charts guide with its smallest text at 11 px or more", async () => {
    const timeline = readFileSync(join(SITE, "media/timeline.svg"), "utf8");
    const smallest = Math.min(...[...timeline.matchAll(/font-size="([\d.]+)px"/g)].map((match) => Number(match[1])));
    for (const [path, screenshot] of [["index.html", undefined], ["documents/Charts.html", "charts"]] as const) {
      await open(path, screenshot);
      const shown = await page.$eval('img[src$="timeline.svg"]', async (image) => {
        await image.decode();
        return { displayed: image.getBoundingClientRect().width, natural: image.naturalWidth };
      });
      expect(shown.natural, path).toBeGreaterThan(0);
      expect((smallest * shown.displayed) / shown.natural, path).toBeGreaterThanOrEqual(11);
    }
  });
});

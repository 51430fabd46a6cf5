/**
 * Measurement 3: what a browser bundle of a small program using the package weighs. esbuild bundles and
 * minifies (ESM, browser platform) a program that imports the package by name; the output is gzipped at level 9.
 * zod's share comes from the metafile: the bytes that files under `node_modules/zod` put into the output (and,
 * for reference, those files' sizes as inputs). Each program is bundled by Rollup too (node resolution, its output
 * minified by esbuild's minifier), so that the ratio shows what esbuild's tree-shaking leaves in that Rollup's drops.
 */
import { bundleForBrowser, gzipSize } from "../scripts/lib/browser-bundle.js";
import { bundleWithRollup } from "../scripts/lib/rollup-bundle.js";
import type { Consumer } from "./consumer.js";

export interface BundleSize {
  readonly id: BundleId;
  readonly name: string;
  readonly program: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
  /** Bytes of the minified output that come from zod. */
  readonly zodOutputBytes: number;
  /** Sizes of the zod source files that went into the bundle. */
  readonly zodInputBytes: number;
  /** Rollup's bundle of the same program, minified by esbuild. */
  readonly rollupRawBytes: number;
  readonly rollupGzipBytes: number;
}

export interface BundleResults {
  readonly bundles: readonly BundleSize[];
  /** gzip -9 of `JSON.stringify(dataset)`: no bundle holding the data can be much smaller. */
  readonly jsonGzipBytes: number;
  readonly jsonBytes: number;
}

/** The programs bundled: `id` names them in the results. */
const PROGRAMS = [
  {
    id: "one-helper",
    name: "one helper (`findEventsByYear`)",
    program: 'import { findEventsByYear } from "vietnam-us-relations";\nconsole.log(findEventsByYear(2025).length);\n',
  },
  {
    id: "dataset",
    name: "`dataset`",
    program: 'import { dataset } from "vietnam-us-relations";\nconsole.log(dataset.events.length);\n',
  },
  {
    id: "one-schema",
    name: "one schema (`figureSchema` from `./schemas`, reference)",
    program: 'import { figureSchema } from "vietnam-us-relations/schemas";\nconsole.log(figureSchema.safeParse({}).success);\n',
  },
] as const;

export type BundleId = (typeof PROGRAMS)[number]["id"];

export const gzip = gzipSize;

async function bundle(consumer: Consumer, { id, name, program }: (typeof PROGRAMS)[number]): Promise<BundleSize> {
  const measured = await bundleForBrowser(program, consumer.dir);
  const rollup = await bundleWithRollup(program, consumer.dir);
  return {
    id,
    name,
    program,
    rawBytes: measured.rawBytes,
    gzipBytes: measured.gzipBytes,
    zodOutputBytes: measured.zodOutputBytes,
    zodInputBytes: measured.zodInputBytes,
    rollupRawBytes: rollup.rawBytes,
    rollupGzipBytes: rollup.gzipBytes,
  };
}

export async function measureBundles(consumer: Consumer, json: string): Promise<BundleResults> {
  const bundles: BundleSize[] = [];
  for (const entry of PROGRAMS) bundles.push(await bundle(consumer, entry));
  return { bundles, jsonBytes: Buffer.byteLength(json), jsonGzipBytes: gzip(json) };
}

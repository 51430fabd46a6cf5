import { nodeResolve } from "@rollup/plugin-node-resolve";
import { transform } from "esbuild";
import { rollup } from "rollup";
import { gzipSize } from "./browser-bundle.js";

/** What Rollup's tree-shaking keeps of a program, minified. */
export interface RollupBundle {
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

const VIRTUAL_ENTRY = "\0program";

/**
 * Bundles a program with Rollup (node resolution, browser conditions, ESM) and minifies the result with esbuild's
 * minifier alone, so that the size differs from {@link bundleForBrowser}'s only by what each bundler tree-shakes.
 * `alias` maps a package name to a file (to bundle a build without installing it).
 */
export async function bundleWithRollup(program: string, workingDir: string, alias: Record<string, string> = {}): Promise<RollupBundle> {
  const bundle = await rollup({
    input: VIRTUAL_ENTRY,
    logLevel: "silent",
    plugins: [
      {
        name: "program",
        resolveId: (id) => (id === VIRTUAL_ENTRY ? id : alias[id]),
        load: (id) => (id === VIRTUAL_ENTRY ? program : undefined),
      },
      nodeResolve({ browser: true, rootDir: workingDir }),
    ],
  });
  try {
    const { output } = await bundle.generate({ format: "es" });
    const minified = await transform(output[0].code, { minify: true, format: "esm", loader: "js" });
    return { rawBytes: Buffer.byteLength(minified.code), gzipBytes: gzipSize(minified.code) };
  } finally {
    await bundle.close();
  }
}

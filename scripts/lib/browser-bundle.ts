import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** What a minified browser bundle of a program weighs, and how much of it is zod. */
export interface BrowserBundle {
  readonly rawBytes: number;
  readonly gzipBytes: number;
  /** Bytes of the minified output that come from files under `node_modules/zod`. */
  readonly zodOutputBytes: number;
  /** Sizes of the zod source files that went into the bundle. */
  readonly zodInputBytes: number;
  /** Every input file of the bundle. */
  readonly inputs: readonly string[];
}

/** gzip -9 size in bytes. */
export const gzipSize = (data: string | Uint8Array): number => gzipSync(data, { level: 9 }).length;

const isZod = (path: string): boolean => path.replaceAll("\\", "/").includes("node_modules/zod/");

/**
 * Bundles a program as users ship it to browsers — esbuild, `bundle`, `minify`, ESM, `platform: "browser"` — and
 * measures it. `alias` maps a package name to a file (to bundle a build without installing it).
 */
export async function bundleForBrowser(program: string, workingDir: string, alias?: Record<string, string>): Promise<BrowserBundle> {
  const result = await build({
    stdin: { contents: program, resolveDir: workingDir, loader: "js" },
    absWorkingDir: workingDir,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
    ...(alias ? { alias } : {}),
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("esbuild wrote no output");
  const zodOutputBytes = Object.values(result.metafile.outputs)
    .flatMap((out) => Object.entries(out.inputs))
    .reduce((sum, [path, input]) => sum + (isZod(path) ? input.bytesInOutput : 0), 0);
  const zodInputBytes = Object.entries(result.metafile.inputs).reduce((sum, [path, input]) => sum + (isZod(path) ? input.bytes : 0), 0);
  return {
    rawBytes: output.contents.length,
    gzipBytes: gzipSize(output.contents),
    zodOutputBytes,
    zodInputBytes,
    inputs: Object.keys(result.metafile.inputs),
  };
}

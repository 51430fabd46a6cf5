import { defineConfig, type Options } from "tsup";

/**
 * One build entry per public subpath; adding a subpath is one line here and one in package.json `exports`.
 * Each entry is built on its own so that every declaration file stands alone, with no hash-named shared
 * chunk whose name would change from build to build.
 */
export const entries: Record<string, string> = {
  index: "src/index.ts",
  schemas: "src/schema/index.ts",
  diff: "src/diff/index.ts",
};

const shared: Options = {
  format: ["esm", "cjs"],
  dts: true,
  clean: false, // scripts/build-data.ts empties dist/ first and writes raw data files into it
  splitting: false,
  treeshake: true,
  sourcemap: false,
  minify: false,
  // Browsers and bundlers are first-class users: no Node built-ins in runtime code.
  platform: "neutral",
  target: "es2022",
  outDir: "dist",
};

/**
 * The `vietnam-us-relations` command (package.json `bin`): Node only, ESM only, no declarations, and everything it
 * uses (microdiff, Ajv) bundled in, so that it adds no runtime dependency. No export points at it.
 */
const cli: Options = {
  ...shared,
  entry: { cli: "src/cli/main.ts" },
  format: ["esm"],
  dts: false,
  platform: "node",
  target: "node20",
  noExternal: [/.*/],
};

export default defineConfig([...Object.entries(entries).map(([name, path]) => ({ ...shared, entry: { [name]: path } })), cli]);

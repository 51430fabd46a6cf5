/**
 * A throw-away consumer project in bench/.tmp/consumer: `node_modules/vietnam-us-relations` links to this
 * repository (so the package is resolved by name, through its `exports`, to the built dist/ files) and
 * `node_modules/zod` links to the zod the package itself resolves, for the zod-alone baseline.
 * `node_modules/noop-package` is a package that does nothing (ESM and CJS entries behind an `exports` map): the
 * reference for what importing any package by name costs.
 */
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (where package.json is). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Scratch space of the bench; git-ignored. */
export const TMP_DIR = resolve(REPO_ROOT, "bench/.tmp");

/** The name of the do-nothing package in the consumer's node_modules. */
export const NOOP_PACKAGE = "noop-package";

export interface Consumer {
  readonly dir: string;
  /** Writes a file (creating folders) under the consumer and returns its absolute path. */
  write(file: string, text: string): string;
}

export function createConsumer(): Consumer {
  const missing = ["dist/index.js", "dist/index.cjs", "dist/schemas.js"].filter((file) => !existsSync(resolve(REPO_ROOT, file)));
  if (missing.length > 0) throw new Error(`Run \`npm run build\` before \`npm run bench\`: missing ${missing.join(", ")}`);
  const dir = resolve(TMP_DIR, "consumer");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(resolve(dir, "node_modules"), { recursive: true });
  writeFileSync(resolve(dir, "package.json"), `${JSON.stringify({ name: "bench-consumer", private: true }, null, 2)}\n`);
  symlinkSync(REPO_ROOT, resolve(dir, "node_modules/vietnam-us-relations"), "dir");
  const zodDir = dirname(createRequire(resolve(REPO_ROOT, "package.json")).resolve("zod/package.json"));
  symlinkSync(zodDir, resolve(dir, "node_modules/zod"), "dir");
  const noop = resolve(dir, "node_modules", NOOP_PACKAGE);
  mkdirSync(noop);
  const exports = { ".": { import: "./index.js", require: "./index.cjs" } };
  writeFileSync(resolve(noop, "package.json"), `${JSON.stringify({ name: NOOP_PACKAGE, version: "1.0.0", type: "module", exports }, null, 2)}\n`);
  writeFileSync(resolve(noop, "index.js"), "export const noop = true;\n");
  writeFileSync(resolve(noop, "index.cjs"), "exports.noop = true;\n");
  return {
    dir,
    write(file, text) {
      const path = resolve(dir, file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      return path;
    },
  };
}

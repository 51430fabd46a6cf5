/**
 * A throw-away consumer project in bench/.tmp/consumer: `node_modules/vietnam-us-relations` links to this
 * repository (so the package is resolved by name, through its `exports`, to the built dist/ files) and
 * `node_modules/zod` links to the zod the package itself resolves, for the zod-alone baseline.
 */
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (where package.json is). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Scratch space of the bench; git-ignored. */
export const TMP_DIR = resolve(REPO_ROOT, "bench/.tmp");

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

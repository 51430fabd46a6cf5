import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root (where package.json is). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** Authored data, one JSON file per collection. */
export const DATA_DIR = resolve(ROOT, "data");
/** The build's output. */
export const DIST_DIR = resolve(ROOT, "dist");
/** Modules the build generates into the source tree (git-ignored). */
export const GENERATED_DIR = resolve(ROOT, "src/generated");
/**
 * The source documents (one file per record in data/sources.json). They sit beside the project (`../shared/sources`), are never copied into it, and can be
 * pointed elsewhere with `VUR_SOURCES_DIR`.
 */
export const SOURCES_DIR = process.env.VUR_SOURCES_DIR ?? resolve(ROOT, "../shared/sources");

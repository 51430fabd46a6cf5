/**
 * The packed tarball, installed into a throw-away consumer and loaded in this process: the hardening suite tests
 * what users get, the built files of the tarball, never src/.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createConsumer, type Consumer, ZOD } from "../helpers.js";

export type Main = typeof import("../../../src/index.js");
export type Schemas = typeof import("../../../src/schema/index.js");

export interface Packed {
  readonly consumer: Consumer;
  readonly main: Main;
  readonly schemas: Schemas;
  /** dist/<file> of the installed package. */
  readonly file: (name: string) => string;
}

/** Installs the tarball into a fresh consumer and imports its main entry and `./schemas` (ES modules). */
export async function installPacked(label: string, tarball: string): Promise<Packed> {
  // The schemas need zod, an optional peer dependency that npm does not install by itself.
  const consumer = await createConsumer(label, tarball, {}, [ZOD]);
  const file = (name: string) => join(consumer.packageDir, "dist", name);
  // A path under node_modules: vitest leaves it to Node's own loader, as a user's program would load it.
  const main = (await import(pathToFileURL(file("index.js")).href)) as Main;
  const schemas = (await import(pathToFileURL(file("schemas.js")).href)) as Schemas;
  return { consumer, main, schemas, file };
}

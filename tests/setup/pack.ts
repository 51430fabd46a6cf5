import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";

/**
 * Packs the package once per test run, before any test file starts: every packaging test works on this one
 * tarball (never on src/ or dist/ directly), so that it checks exactly what `npm publish` would upload.
 *
 * Provides (see `inject` in the tests):
 * - `packedTarball`: absolute path of the `.tgz` made by `npm pack`;
 * - `packedPackageDir`: the tarball unpacked (its `package/` folder), to read package.json and list files;
 * - `packedFiles`: the file list `npm pack --json` reports (the same list `npm pack --dry-run --json` gives).
 *
 * Everything lives in one temporary folder under os.tmpdir(), removed when the run ends.
 */

declare module "vitest" {
  export interface ProvidedContext {
    packedTarball: string;
    packedPackageDir: string;
    packedFiles: string[];
  }
}

const run = promisify(execFile);

interface NpmPackEntry {
  filename: string;
  files: { path: string }[];
}

export default async function pack(project: TestProject): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, "../..");
  const workDir = await mkdtemp(join(tmpdir(), "vietnam-us-relations-pack-"));
  const cleanup = () => rm(workDir, { recursive: true, force: true });
  try {
    let stdout: string;
    try {
      ({ stdout } = await run("npm", ["pack", "--json", "--pack-destination", workDir], {
        cwd: root,
        maxBuffer: 64 * 1024 * 1024,
      }));
    } catch (error) {
      const { stdout: out = "", stderr: err = "" } = error as { stdout?: string; stderr?: string };
      throw new Error(`\`npm pack\` failed in ${root}\n--- stdout ---\n${out}\n--- stderr ---\n${err}`);
    }
    // Lifecycle scripts (prepack) could print before the JSON: parse from the first "[".
    const json = stdout.slice(stdout.indexOf("["));
    const [entry] = JSON.parse(json) as NpmPackEntry[];
    if (entry === undefined) throw new Error(`\`npm pack --json\` printed no package:\n${stdout}`);
    const tarball = join(workDir, entry.filename);

    const unpacked = join(workDir, "unpacked");
    await mkdir(unpacked);
    await run("tar", ["-xzf", tarball, "-C", unpacked]);

    project.provide("packedTarball", tarball);
    project.provide("packedPackageDir", join(unpacked, "package"));
    project.provide("packedFiles", entry.files.map((file) => file.path).sort());
  } catch (error) {
    await cleanup();
    throw error;
  }
  return cleanup;
}

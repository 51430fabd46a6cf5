/**
 * Temporary folders and child processes of a run, removed and stopped when the run ends — also on Ctrl-C
 * (SIGINT) and SIGTERM, which would otherwise end the process with `vur-diff-*` folders left behind.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const folders = new Set<string>();
const children = new Set<ChildProcess>();

/**
 * A new `vur-diff-*` folder in the system's temporary folder, removed by `removeTemporaryFolder` or on a signal.
 *
 * @example
 * ```ts
 * const folder = makeTemporaryFolder();
 * ```
 */
export function makeTemporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "vur-diff-"));
  folders.add(folder);
  return folder;
}

/**
 * Removes a folder made by `makeTemporaryFolder`.
 *
 * @example
 * ```ts
 * removeTemporaryFolder(folder);
 * ```
 */
export function removeTemporaryFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  folders.delete(folder);
}

/**
 * Keeps track of a child process (npm) until it exits, so that a signal stops it too.
 *
 * @example
 * ```ts
 * trackChild(spawn("npm", ["pack", "x"]));
 * ```
 */
export function trackChild(child: ChildProcess): void {
  children.add(child);
  child.once("exit", () => children.delete(child));
}

/**
 * On SIGINT and SIGTERM: stops the children, removes the folders, and ends with the shell's code for the signal
 * (130, 143).
 *
 * @example
 * ```ts
 * cleanUpOnSignals();
 * ```
 */
export function cleanUpOnSignals(): void {
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.once(signal, () => {
      for (const child of children) child.kill("SIGTERM");
      for (const folder of [...folders]) removeTemporaryFolder(folder);
      process.exit(code);
    });
  }
}

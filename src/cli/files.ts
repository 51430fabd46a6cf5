/**
 * Reading a side's files as untrusted input: only regular files, never more than a stated size, strict UTF-8.
 * The file is opened without blocking (a FIFO would wait for a writer forever) and checked with fstat on the
 * open descriptor, so a link to /dev/zero or a device is refused before a byte is read.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { shown } from "./output.js";
import { SideError } from "./side-error.js";

const MiB = 1024 * 1024;
/** The largest `dataset.json` or `schema.json` a side may hold (the shipped dataset is about 0.15 MiB). */
export const MAX_JSON_BYTES = 64 * MiB;
/** The largest packed tarball a side may be. */
export const MAX_TARBALL_BYTES = 64 * MiB;
/** The most a tarball may inflate to. */
export const MAX_INFLATED_BYTES = 128 * MiB;

/**
 * A byte count for people: `600.0 MiB`.
 *
 * @example
 * ```ts
 * formatBytes(64 * 1024 * 1024); // "64.0 MiB"
 * ```
 */
export function formatBytes(bytes: number): string {
  return bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${bytes} bytes`;
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

function reasonOf(error: NodeJS.ErrnoException): string {
  const reasons: Record<string, string> = { EACCES: "permission denied", EPERM: "permission denied", ENOENT: "it does not exist", EISDIR: "it is a directory", ELOOP: "too many levels of links" };
  return `${(error.code && reasons[error.code]) ?? error.message}${error.code ? ` (${error.code})` : ""}`;
}

/**
 * The bytes of a regular file of at most `limit` bytes; anything else is a SideError naming the file and why.
 *
 * @example
 * ```ts
 * const bytes = readRegularFile("dataset.json", MAX_JSON_BYTES);
 * ```
 */
export function readRegularFile(path: string, limit: number): Uint8Array {
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new SideError(`cannot read ${shown(path)}: ${reasonOf(error as NodeJS.ErrnoException)}`);
  }
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) throw new SideError(`${shown(path)} is ${kindOf(stats)}, not a file: refused`);
    if (stats.size > limit) throw new SideError(`${shown(path)} is ${formatBytes(stats.size)}, over the limit of ${formatBytes(limit)}`);
    // Read at most limit + 1 bytes: a file that grows while it is read is still cut off at the limit.
    const buffer = Buffer.alloc(Math.min(stats.size, limit) + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(descriptor, buffer, length, buffer.length - length, null);
    if (length > limit) throw new SideError(`${shown(path)} grew over the limit of ${formatBytes(limit)} while it was read`);
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof SideError) throw error;
    throw new SideError(`cannot read ${shown(path)}: ${reasonOf(error as NodeJS.ErrnoException)}`);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Strict UTF-8: a file with bytes that are not UTF-8 is refused rather than read with replacement characters.
 *
 * @example
 * ```ts
 * decodeUtf8(bytes, "old.json");
 * ```
 */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new SideError(`${what} is not valid UTF-8`);
  }
}

/**
 * Reads the files of a gzipped tarball (`npm pack` output) with node:zlib alone, so that the command needs neither
 * a `tar` program (absent on some Windows machines) nor a dependency. Understands ustar, pax (`x`) and GNU (`L`)
 * long names; skips everything that is not a regular file.
 */
import { gunzipSync } from "node:zlib";

const BLOCK = 512;

function text(bytes: Uint8Array, start: number, length: number): string {
  const field = bytes.subarray(start, start + length);
  const end = field.indexOf(0);
  return new TextDecoder().decode(end === -1 ? field : field.subarray(0, end));
}

function octal(bytes: Uint8Array, start: number, length: number): number {
  const value = Number.parseInt(text(bytes, start, length).trim() || "0", 8);
  if (Number.isNaN(value)) throw new Error("not a valid tarball (bad size field)");
  return value;
}

/** pax extended header records: `<length> <key>=<value>\n`. */
function paxPath(data: Uint8Array): string | undefined {
  const records = new TextDecoder().decode(data);
  let offset = 0;
  while (offset < records.length) {
    const space = records.indexOf(" ", offset);
    const length = Number.parseInt(records.slice(offset, space), 10);
    if (space === -1 || !Number.isFinite(length) || length <= 0) break;
    const record = records.slice(space + 1, offset + length - 1);
    if (record.startsWith("path=")) return record.slice("path=".length);
    offset += length;
  }
  return undefined;
}

/**
 * The regular files in a `.tgz`, by path as stored (npm's tarballs put everything under `package/`).
 *
 * @example
 * ```ts
 * const files = readTarball(readFileSync("vietnam-us-relations-0.1.0.tgz"));
 * JSON.parse(new TextDecoder().decode(files.get("package/dist/dataset.json")));
 * ```
 */
export function readTarball(gzipped: Uint8Array): Map<string, Uint8Array> {
  let archive: Uint8Array;
  try {
    archive = gunzipSync(gzipped);
  } catch {
    throw new Error("not a gzipped tarball");
  }
  const files = new Map<string, Uint8Array>();
  let nextPath: string | undefined;
  for (let offset = 0; offset + BLOCK <= archive.length; ) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] ?? 0);
    const data = archive.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === "x") {
      nextPath = paxPath(data) ?? nextPath;
      continue;
    }
    if (type === "L") {
      nextPath = text(data, 0, data.length);
      continue;
    }
    const prefix = text(header, 257, 6).startsWith("ustar") ? text(header, 345, 155) : "";
    const path = nextPath ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100));
    nextPath = undefined;
    if (type === "0" || type === "\0") files.set(path.replace(/^\.\//, ""), data);
  }
  return files;
}

/**
 * Reads the files of a gzipped tarball (`npm pack` output) with node:zlib alone, so that the command needs neither
 * a `tar` program (absent on some Windows machines) nor a dependency. Understands ustar, pax (`x`) and GNU (`L`)
 * long names; skips everything that is not a regular file. The tarball is untrusted: inflation stops at a limit,
 * and a header whose size field is not a plain octal number, or runs past the end, is refused.
 */
import { gunzipSync } from "node:zlib";

const BLOCK = 512;

function text(bytes: Uint8Array, start: number, length: number): string {
  const field = bytes.subarray(start, start + length);
  const end = field.indexOf(0);
  return new TextDecoder().decode(end === -1 ? field : field.subarray(0, end));
}

/** A header's size field: octal digits only (no sign, no base-256), so that the reader always moves forward. */
function entrySize(header: Uint8Array, offset: number): number {
  const field = text(header, 124, 12).trim();
  if (!/^[0-7]*$/.test(field)) throw new Error(`not a valid tarball (the header at byte ${offset} has the size field ${JSON.stringify(field)})`);
  return field === "" ? 0 : Number.parseInt(field, 8);
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

function inflate(gzipped: Uint8Array, maxInflatedBytes: number): Uint8Array {
  try {
    return gunzipSync(gzipped, { maxOutputLength: maxInflatedBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
      throw new Error(`inflates to more than ${maxInflatedBytes / (1024 * 1024)} MiB, the limit: refused`);
    }
    throw new Error("not a gzipped tarball");
  }
}

/**
 * The regular files in a `.tgz`, by path as stored (npm's tarballs put everything under `package/`). Throws when
 * it is not a gzipped tarball, inflates to more than `maxInflatedBytes`, or has a broken header.
 *
 * @example
 * ```ts
 * const files = readTarball(readFileSync("vietnam-us-relations-0.1.0.tgz"));
 * JSON.parse(new TextDecoder().decode(files.get("package/dist/dataset.json")));
 * ```
 */
export function readTarball(gzipped: Uint8Array, maxInflatedBytes = 128 * 1024 * 1024): Map<string, Uint8Array> {
  const archive = inflate(gzipped, maxInflatedBytes);
  const files = new Map<string, Uint8Array>();
  let nextPath: string | undefined;
  for (let offset = 0; offset + BLOCK <= archive.length; ) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const size = entrySize(header, offset);
    if (offset + BLOCK + size > archive.length) throw new Error(`not a valid tarball (the entry at byte ${offset} runs past its end)`);
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

/**
 * Gzipped tarballs built byte by byte, so that tests can give the diff command what no `tar` program writes: a
 * header with a negative size, an entry running past the end, a bomb.
 */
import { gzipSync } from "node:zlib";

/** One entry: a path and its bytes; `sizeField` replaces the octal size written in the header. */
export interface TarEntry {
  readonly path: string;
  readonly data: Uint8Array | string;
  readonly sizeField?: string;
}

function header(path: string, size: number, sizeField?: string): Buffer {
  const block = Buffer.alloc(512);
  block.write(path, 0, 100, "utf8");
  block.write("0000644\0", 100);
  block.write("0000000\0", 108);
  block.write("0000000\0", 116);
  block.write(sizeField ?? `${size.toString(8).padStart(11, "0")}\0`, 124, 12, "latin1");
  block.write("00000000000\0", 136);
  block[156] = "0".charCodeAt(0);
  block.write("ustar\0", 257);
  block.write("00", 263);
  block.fill(" ", 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, 8, "latin1");
  return block;
}

/** The uncompressed tar archive of `entries`, ending with the two zero blocks. */
export function tarArchive(entries: readonly TarEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const data = Buffer.from(entry.data);
    parts.push(header(entry.path, data.length, entry.sizeField), data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

/** `tarArchive(entries)`, gzipped. */
export function tarball(entries: readonly TarEntry[]): Buffer {
  return gzipSync(tarArchive(entries));
}

/**
 * A tarball with one entry of `mebibytes` MiB of spaces, cheap to build the same way as `gzipBomb`.
 */
export function tarballWithLargeEntry(path: string, mebibytes: number): Buffer {
  const member = gzipSync(Buffer.alloc(1024 * 1024, 0x20), { level: 9 });
  return Buffer.concat([gzipSync(header(path, mebibytes * 1024 * 1024)), ...Array.from({ length: mebibytes }, () => member), gzipSync(Buffer.alloc(1024))]);
}

/**
 * A gzip stream inflating to `mebibytes` MiB of zeros, made of one small gzip member repeated (gunzip reads
 * concatenated members as one stream), so that building it costs almost nothing.
 */
export function gzipBomb(mebibytes: number): Buffer {
  const member = gzipSync(Buffer.alloc(1024 * 1024), { level: 9 });
  return Buffer.concat(Array.from({ length: mebibytes }, () => member));
}

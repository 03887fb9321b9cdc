import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A run of bytes a forensic reader would look at together: one page, or one WAL transaction. */
export type ByteUnit = { where: string; bytes: Buffer };

/**
 * Splits every file in a SQLite data folder the way someone reading it byte by byte would: the main
 * file (and `-shm`) page by page, and the `-wal` file transaction by transaction. A WAL transaction
 * is the frames up to a commit frame (non-zero "database size" field); frames whose salts no longer
 * match the header are old transactions a checkpoint left behind, and are read just the same.
 */
export function sqliteByteUnits(dataDir: string): ByteUnit[] {
  const units: ByteUnit[] = [];
  for (const name of readdirSync(dataDir)) {
    const bytes = readFileSync(join(dataDir, name));
    if (name.endsWith('-wal')) units.push(...walTransactions(name, bytes));
    else units.push(...pages(name, bytes, pageSizeOf(bytes)));
  }
  return units;
}

/** The page size from a database header (offset 16; 1 means 65,536), else 4,096. */
function pageSizeOf(bytes: Buffer): number {
  if (bytes.length < 100 || bytes.subarray(0, 15).toString('latin1') !== 'SQLite format 3') {
    return 4096;
  }
  const size = bytes.readUInt16BE(16);
  return size === 1 ? 65536 : size;
}

function pages(name: string, bytes: Buffer, size: number): ByteUnit[] {
  const out: ByteUnit[] = [];
  for (let at = 0; at < bytes.length; at += size) {
    out.push({ where: `${name} page ${at / size + 1}`, bytes: bytes.subarray(at, at + size) });
  }
  return out;
}

function walTransactions(name: string, bytes: Buffer): ByteUnit[] {
  if (bytes.length < 32) return bytes.length ? [{ where: `${name} header`, bytes }] : [];
  const pageSize = bytes.readUInt32BE(8);
  const frameSize = 24 + pageSize;
  const out: ByteUnit[] = [];
  let frames: Buffer[] = [];
  let first = 0;
  let index = 0;
  for (let at = 32; at + 24 <= bytes.length; at += frameSize, index++) {
    if (frames.length === 0) first = index;
    frames.push(bytes.subarray(at + 24, Math.min(at + frameSize, bytes.length)));
    const commitSize = bytes.readUInt32BE(at + 4);
    if (commitSize !== 0) {
      out.push({ where: `${name} frames ${first}–${index}`, bytes: Buffer.concat(frames) });
      frames = [];
    }
  }
  // Frames after the last commit: an unfinished transaction, still on disk.
  if (frames.length) {
    out.push({ where: `${name} frames ${first}– (uncommitted)`, bytes: Buffer.concat(frames) });
  }
  return out;
}

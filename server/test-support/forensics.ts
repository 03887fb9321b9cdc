import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What one person left: their receipt (the documented HMAC) and their distinctive comment. */
export type Trace = { receipt: string; comment: string };

/** One stretch of bytes an attacker would read as a unit: a page, or a WAL transaction. */
export type Unit = { where: string; bytes: Buffer };

/** The traces whose receipt and comment both sit in one unit: each one names who wrote what. */
export function pairsIn(units: readonly Unit[], traces: readonly Trace[]): string[] {
  const found: string[] = [];
  for (const unit of units) {
    for (const trace of traces) {
      if (unit.bytes.includes(trace.receipt) && unit.bytes.includes(trace.comment)) {
        found.push(`${unit.where}: ${trace.comment}`);
      }
    }
  }
  return found;
}

/** How many times a string's bytes occur in a buffer. */
export function occurrences(bytes: Buffer, text: string): number {
  let count = 0;
  for (let at = bytes.indexOf(text); at !== -1; at = bytes.indexOf(text, at + 1)) count++;
  return count;
}

/** Every file in a directory (the SQLite data dir: main file, -wal, -shm), read whole. */
export function readDataDir(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));
}

/** Fixed-size pages of a file: 4 KB is SQLite's default page and a common disk block. */
export function pagesOf(name: string, bytes: Buffer, size = 4096): Unit[] {
  const pages: Unit[] = [];
  for (let at = 0; at < bytes.length; at += size) {
    pages.push({ where: `${name} page ${at / size + 1}`, bytes: bytes.subarray(at, at + size) });
  }
  return pages;
}

/** The pages on the main file's freelist (header offset 32: first trunk; 36: count). */
export function freelistPages(bytes: Buffer): Unit[] {
  if (bytes.length < 100) return [];
  const rawSize = bytes.readUInt16BE(16);
  const size = rawSize === 1 ? 65536 : rawSize;
  const page = (n: number) => bytes.subarray((n - 1) * size, n * size);
  const pages: Unit[] = [];
  const seen = new Set<number>();
  for (let trunk = bytes.readUInt32BE(32); trunk !== 0 && !seen.has(trunk);) {
    seen.add(trunk);
    const data = page(trunk);
    if (data.length < 8) break;
    pages.push({ where: `free trunk page ${trunk}`, bytes: data });
    const leaves = data.readUInt32BE(4);
    for (let i = 0; i < leaves && 8 + 4 * i + 4 <= data.length; i++) {
      const leaf = data.readUInt32BE(8 + 4 * i);
      pages.push({ where: `free leaf page ${leaf}`, bytes: page(leaf) });
    }
    trunk = data.readUInt32BE(0);
  }
  return pages;
}

export type WalFrame = { page: number; commitSize: number; salt: string; data: Buffer };

/**
 * The frames of a SQLite WAL file: a 32-byte header (magic, version, page size, checkpoint
 * sequence, two salts, checksum), then frames of a 24-byte header (page number, database size
 * after a commit or 0, the two salts, checksum) and one page. Frames whose salts differ from the
 * header's are from an earlier generation: SQLite ignores them, but their bytes are still there.
 */
export function walFrames(bytes: Buffer): { pageSize: number; salt: string; frames: WalFrame[] } {
  if (bytes.length < 32) return { pageSize: 0, salt: '', frames: [] };
  const magic = bytes.readUInt32BE(0);
  if (magic !== 0x377f0682 && magic !== 0x377f0683) throw new Error('Not a SQLite WAL file');
  const pageSize = bytes.readUInt32BE(8);
  const salt = bytes.subarray(16, 24).toString('hex');
  const frames: WalFrame[] = [];
  for (let at = 32; at + 24 + pageSize <= bytes.length; at += 24 + pageSize) {
    frames.push({
      page: bytes.readUInt32BE(at),
      commitSize: bytes.readUInt32BE(at + 4),
      salt: bytes.subarray(at + 8, at + 16).toString('hex'),
      data: bytes.subarray(at + 24, at + 24 + pageSize),
    });
  }
  return { pageSize, salt, frames };
}

/**
 * The WAL's transactions: frames up to and including a commit frame (non-zero database size),
 * from any generation (a change of salts also ends one). Each is everything one commit wrote.
 */
export function walTransactions(name: string, bytes: Buffer): Unit[] {
  const { salt, frames } = walFrames(bytes);
  const units: Unit[] = [];
  let current: WalFrame[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const first = current[0] as WalFrame;
    const generation = first.salt === salt ? 'current' : 'stale';
    units.push({
      where: `${name} ${generation} transaction #${units.length + 1} (${current.length} frames)`,
      bytes: Buffer.concat(current.map((f) => f.data)),
    });
    current = [];
  };
  for (const frame of frames) {
    if (current.length > 0 && (current[0] as WalFrame).salt !== frame.salt) flush();
    current.push(frame);
    if (frame.commitSize !== 0) flush();
  }
  flush();
  return units;
}

/** Everything a byte-level reader of a SQLite data dir looks at: each file's pages, the WAL by transaction. */
export function dataDirUnits(dir: string): Unit[] {
  const units: Unit[] = [];
  for (const [name, bytes] of readDataDir(dir)) {
    units.push(...(name.endsWith('-wal') ? walTransactions(name, bytes) : pagesOf(name, bytes)));
  }
  return units;
}

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ManifestConfigError } from './fill-manifest.js';
import { buildPackage, InvalidManifestError } from './package-builder.js';

const outDir = mkdtempSync(join(tmpdir(), 'candor-package-'));
const env = {
  PUBLIC_URL: 'https://candor.example.com',
  ENTRA_CLIENT_ID: '0f8fad5b-d9cb-469f-a165-70867728950e',
};

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Reads a zip's entries through its central directory, the way Teams reads the package. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + size);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + skip;
  }
  return entries;
}

describe('buildPackage', () => {
  it('writes a zip with manifest.json and both icons at its root', async () => {
    const built = await buildPackage(env, outDir);
    const entries = unzip(readFileSync(built.zipPath));
    expect([...entries.keys()].sort()).toEqual([
      'color.png',
      'de-de.json',
      'ja-jp.json',
      'manifest.json',
      'outline.png',
    ]);
    expect(JSON.parse(entries.get('de-de.json')!.toString('utf8'))).toMatchObject({
      'name.short': 'Candor',
    });
    expect(entries.get('manifest.json')!.equals(readFileSync(built.manifestPath))).toBe(true);
    const colorIcon = readFileSync(join(import.meta.dirname, 'color.png'));
    expect(entries.get('color.png')!.equals(colorIcon)).toBe(true);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as {
      webApplicationInfo: { id: string };
      icons: Record<string, string>;
    };
    expect(manifest.webApplicationInfo.id).toBe(env.ENTRA_CLIENT_ID);
    expect(Object.values(manifest.icons).sort()).toEqual(['color.png', 'outline.png']);
  });

  it('builds the same bytes twice', async () => {
    const first = readFileSync((await buildPackage(env, outDir)).zipPath);
    const second = readFileSync((await buildPackage(env, outDir)).zipPath);
    expect(second.equals(first)).toBe(true);
  });

  it('fails with the schema errors, and writes nothing, when the filled manifest is invalid', async () => {
    // A URL past the schema's 2048-character limit passes the env check but not the schema.
    const longUrl = `https://candor.example.com/${'a'.repeat(2100)}`;
    const dir = join(outDir, 'invalid');
    const failure = await buildPackage({ ...env, PUBLIC_URL: longUrl }, dir).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(InvalidManifestError);
    expect((failure as InvalidManifestError).errors.join('\n')).toMatch(
      /\/configurableTabs\/0\/configurationUrl must NOT have more than 2048 characters/,
    );
    expect(existsSync(join(dir, 'candor.zip'))).toBe(false);
  });

  it('refuses to build for http on a public host', async () => {
    await expect(
      buildPackage({ ...env, PUBLIC_URL: 'http://candor.example.com' }, outDir),
    ).rejects.toThrow(ManifestConfigError);
  });
});

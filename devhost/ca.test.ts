import { X509Certificate } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureDevCa, issueServerCert } from './ca.js';

describe('dev CA', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('creates the CA once and reuses it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'candor-ca-'));
    dirs.push(dir);
    const first = await ensureDevCa(dir);
    const second = await ensureDevCa(dir);
    expect(second.certPem).toBe(first.certPem);
    expect(first.certPath).toBe(join(dir, 'ca.pem'));
    const x509 = new X509Certificate(first.certPem);
    expect(x509.ca).toBe(true);
    expect(x509.checkIssued(x509)).toBe(true);
  });

  it('issues a leaf for localhost and loopback addresses, signed by the CA', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'candor-ca-'));
    dirs.push(dir);
    const ca = await ensureDevCa(dir);
    const leaf = new X509Certificate(issueServerCert(ca).certPem);
    const caCert = new X509Certificate(ca.certPem);
    expect(leaf.ca).toBe(false);
    expect(leaf.checkIssued(caCert)).toBe(true);
    expect(leaf.verify(caCert.publicKey)).toBe(true);
    expect(leaf.checkHost('localhost')).toBe('localhost');
    expect(leaf.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(leaf.checkIP('::1')).toBe('::1');
    expect(leaf.checkHost('example.com')).toBeUndefined();
  });
});

describe('trust in test workers (tests/global-setup.ts)', () => {
  let server: Server | undefined;
  afterAll(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

  it('fetches from an https server with an issued cert without disabling TLS checks', async () => {
    const caPath = process.env.NODE_EXTRA_CA_CERTS;
    expect(caPath, 'run vitest with the global setup so NODE_EXTRA_CA_CERTS is set').toBeTruthy();
    expect(process.env.NODE_TLS_REJECT_UNAUTHORIZED).not.toBe('0');
    const ca = await ensureDevCa(join(caPath ?? '', '..'));
    const tls = issueServerCert(ca);
    server = createServer({ cert: tls.certPem, key: tls.keyPem }, (_req, res) =>
      res.end('trusted'),
    );
    await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`https://127.0.0.1:${port}/`);
    expect(await res.text()).toBe('trusted');
  });
});

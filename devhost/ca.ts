import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { join } from 'node:path';
import forge from 'node-forge';

/** The dev host's local certificate authority. `certPath` is what NODE_EXTRA_CA_CERTS points at. */
export type DevCa = { certPem: string; keyPem: string; certPath: string };

export type ServerCert = { certPem: string; keyPem: string };

const caSubject = [
  { name: 'commonName', value: 'Candor Dev Host Local CA' },
  { name: 'organizationName', value: 'Candor dev host (local only)' },
];

/** Creates the CA under `dir` once (ca.pem, ca-key.pem) and reuses it afterwards, so trust survives restarts. */
export async function ensureDevCa(dir: string): Promise<DevCa> {
  const certPath = join(dir, 'ca.pem');
  const keyPath = join(dir, 'ca-key.pem');
  if (existsSync(certPath) && existsSync(keyPath)) {
    const [certPem, keyPem] = await Promise.all([
      readFile(certPath, 'utf8'),
      readFile(keyPath, 'utf8'),
    ]);
    return { certPem, keyPem, certPath };
  }
  await mkdir(dir, { recursive: true });
  const { certPem, keyPem } = createCa();
  // Write to temp names and rename, so a concurrent reader never sees half a file.
  const suffix = `.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(keyPath + suffix, keyPem, { mode: 0o600 });
  await writeFile(certPath + suffix, certPem);
  await rename(keyPath + suffix, keyPath);
  await rename(certPath + suffix, certPath);
  // Another process may have won the race; everyone uses whatever is on disk now.
  const [diskCert, diskKey] = await Promise.all([
    readFile(certPath, 'utf8'),
    readFile(keyPath, 'utf8'),
  ]);
  return { certPem: diskCert, keyPem: diskKey, certPath };
}

function createCa(): ServerCert {
  const keys = rsaKeyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serialNumber();
  cert.validity.notBefore = daysFromNow(-1);
  cert.validity.notAfter = daysFromNow(3650);
  cert.setSubject(caSubject);
  cert.setIssuer(caSubject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return {
    certPem: forge.pki.certificateToPem(cert),
    keyPem: forge.pki.privateKeyToPem(keys.privateKey),
  };
}

/** Issues a ~1 year server certificate for the given names and addresses, signed by the dev CA. */
export function issueServerCert(
  ca: DevCa,
  hosts: string[] = ['localhost', '127.0.0.1', '::1'],
): ServerCert {
  const caCert = forge.pki.certificateFromPem(ca.certPem);
  const caKey = forge.pki.privateKeyFromPem(ca.keyPem);
  const keys = rsaKeyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serialNumber();
  cert.validity.notBefore = daysFromNow(-1);
  cert.validity.notAfter = daysFromNow(365);
  cert.setSubject([{ name: 'commonName', value: hosts[0] ?? 'localhost' }]);
  cert.setIssuer(caCert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      // forge's type 7 (IP) wants `ip`; type 2 is a DNS name.
      altNames: hosts.map((h) => (isIP(h) ? { type: 7, ip: h } : { type: 2, value: h })),
    },
    { name: 'subjectKeyIdentifier' },
    {
      name: 'authorityKeyIdentifier',
      keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes(),
    },
  ]);
  cert.sign(caKey, forge.md.sha256.create());
  return {
    certPem: forge.pki.certificateToPem(cert),
    keyPem: forge.pki.privateKeyToPem(keys.privateKey),
  };
}

/** Node's native key generation: forge's pure-JS RSA takes seconds. */
function rsaKeyPair(): {
  publicKey: forge.pki.rsa.PublicKey;
  privateKey: forge.pki.rsa.PrivateKey;
} {
  const pair = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  return {
    publicKey: forge.pki.publicKeyFromPem(pair.publicKey),
    privateKey: forge.pki.privateKeyFromPem(pair.privateKey),
  };
}

function serialNumber(): string {
  // Positive (leading bit clear) 16-byte serial, as RFC 5280 requires.
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return bytes.toString('hex');
}

function daysFromNow(days: number): Date {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000);
}

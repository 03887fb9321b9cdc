/**
 * compose.yaml and deploy/Caddyfile, checked offline: there is no Docker daemon here and this Docker
 * client has no compose plugin, so the file is parsed and its topology asserted. The Caddyfile is
 * adapted by Caddy itself when Caddy is installed (CI installs it for the multi-instance test).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './support/dockerfile.js';
import { parseYaml, type YamlValue } from './support/yaml.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

type Service = {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
  depends_on?: Record<string, { condition: string }> | string[];
  networks?: string[] | Record<string, { ipv4_address?: string } | null>;
  healthcheck?: { test: string[] };
};
type Compose = {
  services: Record<string, Service>;
  volumes: Record<string, YamlValue>;
  networks: Record<string, { ipam: { config: { subnet: string }[] } }>;
};

const compose = (await parseYaml(read('compose.yaml'))) as unknown as Compose;
const caddyfile = read('deploy/Caddyfile');
const runtime = parseDockerfile(read('Dockerfile')).at(-1)!;
const candors = Object.entries(compose.services).filter(([, s]) => s.build === '.');
const caddyHost = spawnSync('sh', ['-c', 'command -v caddy']).status === 0;

describe('compose.yaml', () => {
  it('runs PostgreSQL on a named volume, with a health check the instances wait for', () => {
    const postgres = compose.services.postgres!;
    expect(postgres.image).toMatch(/^postgres:/);
    const [volume] = postgres.volumes!;
    expect(volume).toMatch(/^[a-z-]+:\/var\/lib\/postgresql\/data$/);
    expect(Object.keys(compose.volumes)).toContain(volume!.split(':')[0]);
    expect(postgres.healthcheck?.test.join(' ')).toMatch(/pg_isready/);
    for (const [, candor] of candors) {
      expect(candor.depends_on).toMatchObject({ postgres: { condition: 'service_healthy' } });
    }
  });

  it('runs two Candor instances from the Dockerfile, configured alike, on PostgreSQL', () => {
    expect(candors).toHaveLength(2);
    const [[, a], [, b]] = candors as [[string, Service], [string, Service]];
    expect(a.environment).toEqual(b.environment);
    const env = a.environment!;
    for (const name of [
      'PUBLIC_URL',
      'ENTRA_CLIENT_ID',
      'ENTRA_CLIENT_SECRET',
      'CANDOR_HMAC_KEY',
    ]) {
      expect(env[name], name).toMatch(/\$\{[A-Z_]+:\?/);
    }
    expect(env.PUBLIC_URL).toMatch(/^https:\/\//);
    expect(env.DATABASE_URL).toMatch(/^postgres:\/\/[^@]+@postgres:5432\//);
    // Only the proxy publishes ports; the instances are reachable on the private network alone.
    expect(candors.every(([, s]) => s.ports === undefined)).toBe(true);
  });

  it('trusts exactly the proxy for X-Forwarded-For', () => {
    const caddy = compose.services.caddy!;
    const networks = caddy.networks as Record<string, { ipv4_address: string }>;
    const [network, settings] = Object.entries(networks)[0]!;
    const subnet = compose.networks[network]!.ipam.config[0]!.subnet;
    expect(settings.ipv4_address.split('.').slice(0, 3)).toEqual(
      subnet.split('/')[0]!.split('.').slice(0, 3),
    );
    for (const [, candor] of candors) {
      expect(candor.environment!.TRUST_PROXY).toBe(settings.ipv4_address);
    }
  });

  it('puts Caddy in front on 443 (TCP for HTTP/2, UDP for HTTP/3) with deploy/Caddyfile', () => {
    const caddy = compose.services.caddy!;
    expect(caddy.image).toMatch(/^caddy:2/);
    expect(caddy.ports).toEqual(expect.arrayContaining(['443:443', '443:443/udp']));
    expect(caddy.volumes).toContain('./deploy/Caddyfile:/etc/caddy/Caddyfile:ro');
    expect(existsSync(join(repoRoot, 'deploy/Caddyfile'))).toBe(true);
    expect(caddy.environment?.CANDOR_HOST).toBeDefined();
  });

  it('names in .env.example every variable compose.yaml requires', () => {
    const required = new Set(
      [...read('compose.yaml').matchAll(/\$\{([A-Z_]+)(:[?-])?/g)].map((m) => m[1]!),
    );
    const example = read('deploy/candor.env.example');
    for (const name of required) expect(example, name).toMatch(new RegExp(`^${name}=`, 'm'));
  });
});

describe('deploy/Caddyfile', () => {
  const block = /reverse_proxy\s+([^{]+)\{([^}]*)\}/.exec(caddyfile);

  it('proxies round robin to both instances, without sticky sessions', () => {
    expect(block).not.toBeNull();
    const upstreams = block![1]!.trim().split(/\s+/);
    expect(upstreams.sort()).toEqual(candors.map(([name]) => `${name}:${runtime.env.PORT}`).sort());
    expect(block![2]).toMatch(/^\s*lb_policy round_robin$/m);
    expect(caddyfile).not.toMatch(/lb_policy\s+(cookie|ip_hash|client_ip_hash|header)/);
  });

  it('flushes each server-sent event at once and checks the health route', () => {
    expect(block![2]).toMatch(/^\s*flush_interval -1$/m);
    expect(block![2]).toMatch(/^\s*health_uri \/api\/health$/m);
  });

  it.skipIf(!caddyHost)('is a Caddyfile Caddy accepts (caddy adapt)', () => {
    const result = spawnSync(
      'caddy',
      ['adapt', '--adapter', 'caddyfile', '--config', join(repoRoot, 'deploy/Caddyfile')],
      { env: { ...process.env, CANDOR_HOST: 'candor.example.com' }, encoding: 'utf8' },
    );
    expect(result.status, result.stderr).toBe(0);
    const config = JSON.stringify(JSON.parse(result.stdout));
    expect(config).toContain('"candor.example.com"');
    expect(config).toContain('"flush_interval":-1');
    expect(config).toContain('"policy":"round_robin"');
  });
});

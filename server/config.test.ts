import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { teamsAppIdFor } from './bot/teams-app-id.js';
import { hmacKeyProblem } from './hmac-key.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'candor-config-'));
  dirs.push(dir);
  return dir;
}

const goodKey = randomBytes(48).toString('base64');

/** What a deployment sets, minus anything a test is about. */
function env(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return {
    PUBLIC_URL: 'https://candor.example.com',
    ENTRA_CLIENT_ID: 'client',
    ENTRA_CLIENT_SECRET: 'secret',
    DATA_DIR: freshDir(),
    CANDOR_HMAC_KEY: goodKey,
    ...extra,
  };
}

function configError(vars: NodeJS.ProcessEnv): string {
  try {
    loadConfig(vars);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('mode', () => {
  it('is production without NODE_ENV: no key means no start, and no dev key is written', () => {
    const vars = env({ CANDOR_HMAC_KEY: undefined });
    expect(configError(vars)).toContain('CANDOR_HMAC_KEY is required in production');
    expect(existsSync(join(vars.DATA_DIR!, 'dev-hmac.key'))).toBe(false);
    expect(loadConfig(env()).mode).toBe('production');
  });

  it('generates a dev key under DATA_DIR only in development, and that key passes the key rules', () => {
    const vars = env({ NODE_ENV: 'development', CANDOR_HMAC_KEY: undefined });
    const config = loadConfig(vars);
    expect(config.mode).toBe('development');
    expect(readFileSync(join(vars.DATA_DIR!, 'dev-hmac.key'), 'utf8')).toBe(config.hmacKey);
    expect(hmacKeyProblem(config.hmacKey)).toBeNull();
    expect(loadConfig(vars).hmacKey).toBe(config.hmacKey);
  });

  it('refuses a weak dev key left from before, saying to delete it', () => {
    const vars = env({ NODE_ENV: 'development', CANDOR_HMAC_KEY: undefined });
    writeFileSync(join(vars.DATA_DIR!, 'dev-hmac.key'), 'x'.repeat(48));
    expect(configError(vars)).toMatch(/dev-hmac\.key .*delete that file/s);
  });
});

describe('CANDOR_HMAC_KEY', () => {
  const weak: [string, string][] = [
    ['32 spaces', ' '.repeat(32)],
    ['one letter repeated', 'x'.repeat(64)],
    ['base64 of zeros', Buffer.alloc(48).toString('base64')],
    ['a passphrase', 'a-production-secret-that-is-long-enough-0123456789'],
    ['a kebab-case test secret', 'test-hmac-key-that-is-at-least-32-characters-long'],
    ['too short', randomBytes(24).toString('base64')],
    ['a repeated random block', randomBytes(20).toString('hex').repeat(2)],
    ['a counter', Buffer.from(Array.from({ length: 48 }, (_, i) => i)).toString('base64')],
    ['a few distinct bytes', Buffer.from('abcabcabdabcabcabdabcabcabdabcabcabd').toString('hex')],
    ['two keys on two lines', `${goodKey}\n${goodKey}`],
  ];

  it.each(weak)('refuses %s, with how to make a key', (_name, key) => {
    const message = configError(env({ CANDOR_HMAC_KEY: key }));
    expect(message).toContain('CANDOR_HMAC_KEY');
    expect(message).toContain('openssl rand -base64 48');
    expect(message).toContain("require('crypto').randomBytes(48).toString('base64')");
    expect(message).not.toContain(key); // A rejected key is still someone's secret.
  });

  const good: [string, string][] = [
    ['base64 of 48 bytes', goodKey],
    ['base64 of 32 bytes', randomBytes(32).toString('base64')],
    ['base64url of 32 bytes', randomBytes(32).toString('base64url')],
    ['hex of 32 bytes', randomBytes(32).toString('hex')],
  ];

  it.each(good)('accepts %s and uses it as given', (_name, key) => {
    expect(loadConfig(env({ CANDOR_HMAC_KEY: key })).hmacKey).toBe(key);
  });

  it('accepts many generated keys (no false alarms)', () => {
    for (let i = 0; i < 2000; i++) {
      const key = randomBytes(32).toString(i % 2 ? 'base64' : 'hex');
      expect(hmacKeyProblem(key), key).toBeNull();
    }
  });
});

describe('TRUST_PROXY', () => {
  it('trusts no proxy by default', () => {
    expect(loadConfig(env()).trustProxy).toBe(false);
    expect(loadConfig(env({ TRUST_PROXY: '' })).trustProxy).toBe(false);
    expect(loadConfig(env({ TRUST_PROXY: '0' })).trustProxy).toBe(false);
  });

  it('takes a list of addresses and CIDR ranges', () => {
    expect(loadConfig(env({ TRUST_PROXY: '127.0.0.1' })).trustProxy).toEqual(['127.0.0.1']);
    expect(
      loadConfig(env({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1, fd00::/8,loopback' })).trustProxy,
    ).toEqual(['10.0.0.0/8', '127.0.0.1', '::1', 'fd00::/8', 'loopback']);
  });

  it.each(['true', '*', '1', '10.0.0.0/33', 'proxy.example.com', '1.2.3', '::1/129', '-1'])(
    'refuses %s with a message naming the variable',
    (value) => {
      const message = configError(env({ TRUST_PROXY: value }));
      expect(message).toContain('TRUST_PROXY');
      expect(message).toMatch(/addresses or CIDR ranges of the reverse proxies/);
    },
  );

  it('explains why a hop count is refused', () => {
    expect(configError(env({ TRUST_PROXY: '2' }))).toContain('is a hop count');
  });
});

describe('bot', () => {
  it('is on by default: the app registration is the bot, against the public Bot Framework', () => {
    const bot = loadConfig(env({ ENTRA_CLIENT_ID: 'AB12' })).bot;
    expect(bot?.appId).toBe('AB12');
    expect(bot?.openIdMetadataUrl.href).toBe(
      'https://login.botframework.com/v1/.well-known/openidconfiguration',
    );
    expect(bot?.issuer).toBe('https://api.botframework.com');
    expect(bot?.outboundScope).toBe('https://api.botframework.com/.default');
    expect(bot?.tokenTenant).toBe('botframework.com');
    // The same id the app package derives, so a deep link opens the installed app.
    expect(bot?.teamsAppId).toBe(teamsAppIdFor('ab12'));
  });

  it('takes another metadata URL and Teams app id, and can be turned off', () => {
    const bot = loadConfig(
      env({
        BOT_OPENID_METADATA_URL: 'https://127.0.0.1:9443/v1/.well-known/openidconfiguration',
        TEAMS_APP_ID: 'A1B2C3D4-0000-4000-8000-000000000001',
      }),
    ).bot;
    expect(bot?.openIdMetadataUrl.host).toBe('127.0.0.1:9443');
    expect(bot?.teamsAppId).toBe('a1b2c3d4-0000-4000-8000-000000000001');
    expect(loadConfig(env({ BOT_ENABLED: 'false' })).bot).toBeNull();
    expect(loadConfig(env({ BOT_ENABLED: '0' })).bot).toBeNull();
  });

  it('refuses a metadata URL that is not https, and a malformed switch', () => {
    expect(
      configError(env({ BOT_OPENID_METADATA_URL: 'http://login.botframework.com/x' })),
    ).toMatch(/BOT_OPENID_METADATA_URL: must be an https URL/);
    expect(configError(env({ BOT_ENABLED: 'yes' }))).toMatch(/BOT_ENABLED/);
    expect(configError(env({ TEAMS_APP_ID: 'x' }))).toMatch(/TEAMS_APP_ID/);
  });
});

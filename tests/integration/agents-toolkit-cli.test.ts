/**
 * The Microsoft 365 Agents Toolkit's own CLI (`atk`, npm @microsoft/m365agentstoolkit-cli) checks the
 * Teams manifest `npm run package` fills, offline. Of its commands, only `atk validate
 * --manifest-file` works without signing in to Microsoft 365 (package validation asks the Developer
 * Portal, so it opens a sign-in). The CLI is about 550 packages, so it stays out of package.json, like
 * the bench peers: this test installs the pinned version once into `$TMPDIR/candor-atk-cli-<version>`
 * with `--ignore-scripts` (its only install script builds keytar, the credential store that sign-in
 * uses, which needs libsecret headers this machine lacks and validation never loads).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fillManifest,
  manifestVarsFromEnv,
  type JsonValue,
} from '../../appPackage/fill-manifest.js';

const cliVersion = '1.1.17';
const cliDir = join(tmpdir(), `candor-atk-cli-${cliVersion}`);
const atk = join(cliDir, 'node_modules', '.bin', 'atk');
const repoRoot = resolve(import.meta.dirname, '../..');

let project: string;

function installCli() {
  if (existsSync(join(cliDir, '.complete'))) return;
  rmSync(cliDir, { recursive: true, force: true });
  mkdirSync(cliDir, { recursive: true });
  writeFileSync(join(cliDir, 'package.json'), '{ "private": true }\n');
  const result = spawnSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--prefer-offline',
      `@microsoft/m365agentstoolkit-cli@${cliVersion}`,
    ],
    { cwd: cliDir, encoding: 'utf8' },
  );
  if (result.status !== 0)
    throw new Error(`npm install of the toolkit CLI failed:\n${result.stderr}`);
  writeFileSync(join(cliDir, '.complete'), '');
}

function writeManifest(manifest: JsonValue) {
  writeFileSync(join(project, 'appPackage', 'manifest.json'), JSON.stringify(manifest, null, 2));
}

function validate() {
  return spawnSync(
    atk,
    [
      'validate',
      '--manifest-file',
      './appPackage/manifest.json',
      '--telemetry',
      'false',
      '-i',
      'false',
    ],
    // Its own HOME: the CLI keeps logs and settings there.
    { cwd: project, encoding: 'utf8', timeout: 120_000, env: { ...process.env, HOME: project } },
  );
}

function filled(): { [key: string]: JsonValue } {
  const template = JSON.parse(
    readFileSync(join(repoRoot, 'appPackage/manifest.json'), 'utf8'),
  ) as JsonValue;
  const vars = manifestVarsFromEnv({
    PUBLIC_URL: 'https://candor.example.com',
    ENTRA_CLIENT_ID: '0f8fad5b-d9cb-469f-a165-70867728950e',
  });
  return fillManifest(template, vars) as { [key: string]: JsonValue };
}

beforeAll(() => {
  installCli();
  project = mkdtempSync(join(tmpdir(), 'candor-atk-'));
  mkdirSync(join(project, 'appPackage'));
  // The icons and the language files the manifest's localizationInfo names.
  for (const file of ['color.png', 'outline.png', 'de-de.json', 'ja-jp.json']) {
    writeFileSync(
      join(project, 'appPackage', file),
      readFileSync(join(repoRoot, 'appPackage', file)),
    );
  }
}, 300_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('atk validate --manifest-file (the toolkit CLI, offline)', () => {
  it('passes the manifest npm run package fills', () => {
    writeManifest(filled());
    const result = validate();
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toMatch(/All passed/);
  }, 120_000);

  it('fails a manifest with a tab context Teams does not know', () => {
    const manifest = filled();
    const tabs = manifest.configurableTabs as { context: string[] }[];
    tabs[0]!.context.push('meetingLobby');
    writeManifest(manifest);
    const result = validate();
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(/configurableTabs/);
  }, 120_000);
});

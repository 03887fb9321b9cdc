/**
 * The Microsoft 365 Agents Toolkit project, checked offline. The toolkit itself needs a Microsoft 365
 * account for every command that does anything, and no Bicep compiler installs here, so this test:
 *
 * - validates m365agents.yml and m365agents.local.yml against the toolkit's own JSON schema
 *   (vendored in infra/schemas from the MIT-licensed @microsoft/m365agentstoolkit-cli package);
 * - follows every `${{VARIABLE}}` the files use back to where it comes from: a step that writes it, an
 *   output of infra/azure.bicep, the secrets script, or the env/ template;
 * - checks the Bicep parameters azure.parameters.json passes, and the outputs the yml uses, against the
 *   Bicep's `param` and `output` lines;
 * - checks the Entra manifest template and the site settings the deployment depends on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
// ajv comes with @microsoft/app-manifest (the Teams manifest validator), a dev dependency already.
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { manifestVarsFromEnv } from '../../appPackage/fill-manifest.js';
import { parseDockerfile } from './support/dockerfile.js';
import { parseYaml } from './support/yaml.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

type Step = {
  uses: string;
  name?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
};
type Project = {
  version: string;
  environmentFolderPath?: string;
  provision: Step[];
  deploy: Step[];
  publish?: Step[];
};

const projects = {
  dev: { file: 'm365agents.yml', env: 'env/.env.dev' },
  local: { file: 'm365agents.local.yml', env: 'env/.env.local' },
} as const;
const parsed = {
  dev: (await parseYaml(read(projects.dev.file))) as unknown as Project,
  local: (await parseYaml(read(projects.local.file))) as unknown as Project,
};
const bicep = read('infra/azure.bicep');
const bicepParams = new Set([...bicep.matchAll(/^param (\w+) /gm)].map((m) => m[1]!));
const requiredBicepParams = [...bicep.matchAll(/^param (\w+) [\w.]+\s*$/gm)].map((m) => m[1]!);
const bicepOutputs = new Set([...bicep.matchAll(/^output (\w+) /gm)].map((m) => m[1]!));
const parameters = JSON.parse(read('infra/azure.parameters.json')) as {
  parameters: Record<string, { value: string }>;
};
const aadManifest = read('aad.manifest.json');
const runtime = parseDockerfile(read('Dockerfile')).at(-1)!;

/** Variables the toolkit itself provides, or that a person fills in (documented in the env files). */
const builtIn = new Set([
  'TEAMSFX_ENV',
  'APP_NAME_SUFFIX',
  'AZURE_SUBSCRIPTION_ID',
  'AZURE_RESOURCE_GROUP_NAME',
]);
/** Written into env/.env.local by the dev tunnel task in .vscode/tasks.json. */
const tunnelOutputs = new Set(['TAB_ENDPOINT', 'TAB_DOMAIN']);
/** The aadApp/update action generates this scope id itself the first time. */
const generatedByAadUpdate = new Set(['AAD_APP_ACCESS_AS_USER_PERMISSION_ID']);

const placeholders = (text: string) =>
  [...text.matchAll(/\$\{\{(?:\w+:)?(\w+)\}\}/g)].map((m) => m[1]!);
const templateVars = (path: string) =>
  new Set([...read(path).matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));

const allSteps = (project: Project) => [
  ...project.provision,
  ...project.deploy,
  ...(project.publish ?? []),
];

describe('m365agents.yml and m365agents.local.yml', () => {
  const schema = JSON.parse(read('infra/schemas/m365agents.v1.12.yaml.schema.json')) as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  for (const env of ['dev', 'local'] as const) {
    it(`${projects[env].file} is valid against the toolkit's v1.12 schema`, () => {
      const valid = validate(parsed[env]);
      expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
      expect(valid).toBe(true);
      expect(read(projects[env].file)).toMatch(
        /^# yaml-language-server: \$schema=https:\/\/aka\.ms\/m365-agents-toolkits\/v1\.12\/yaml\.schema\.json$/m,
      );
      expect(parsed[env].version).toBe('v1.12');
    });

    it(`${projects[env].file} uses no variable that nothing provides`, () => {
      const project = parsed[env];
      const provided = new Set([
        ...builtIn,
        ...templateVars(projects[env].env),
        ...generatedByAadUpdate,
      ]);
      for (const step of allSteps(project)) {
        for (const name of Object.values(step.writeToEnvironmentFile ?? {})) provided.add(name);
        if (step.uses === 'arm/deploy') for (const o of bicepOutputs) provided.add(o);
        if (step.uses === 'script') {
          for (const m of String(step.with?.run).matchAll(/\bSECRET_\w+/g)) provided.add(m[0]);
        }
      }
      if (env === 'local') for (const t of tunnelOutputs) provided.add(t);
      const used = new Set([
        ...placeholders(read(projects[env].file)),
        ...placeholders(aadManifest),
        ...(env === 'dev' ? placeholders(read('infra/azure.parameters.json')) : []),
      ]);
      const missing = [...used].filter((name) => !provided.has(name));
      expect(missing, 'variables nothing writes').toEqual([]);
    });

    it(`${projects[env].file} creates the Entra app, then applies aad.manifest.json`, () => {
      const uses = parsed[env].provision.map((s) => s.uses);
      expect(uses.indexOf('aadApp/create')).toBe(0);
      expect(uses.indexOf('aadApp/update')).toBeGreaterThan(0);
      if (env === 'dev')
        expect(uses.indexOf('aadApp/update')).toBeGreaterThan(uses.indexOf('arm/deploy'));
      const create = parsed[env].provision[0]!;
      expect(create.with).toMatchObject({ generateClientSecret: true });
      expect(create.writeToEnvironmentFile?.clientSecret).toMatch(/^SECRET_/);
      const update = parsed[env].provision.find((s) => s.uses === 'aadApp/update')!;
      expect(update.with?.manifestPath).toBe('./aad.manifest.json');
    });

    it(`${projects[env].file} builds the Teams package with npm run package, then validates and applies it`, () => {
      const steps = parsed[env].provision;
      const pkg = steps.findIndex(
        (s) => s.uses === 'cli/runNpmCommand' && s.with?.args === 'run package',
      );
      expect(pkg).toBeGreaterThan(0);
      const { env: vars } = steps[pkg]!;
      expect(Object.keys(vars ?? {}).sort()).toEqual([
        'ENTRA_CLIENT_ID',
        'PUBLIC_URL',
        'TEAMS_APP_ID',
      ]);
      expect(vars).toMatchObject({
        PUBLIC_URL: '${{TAB_ENDPOINT}}',
        ENTRA_CLIENT_ID: '${{AAD_APP_CLIENT_ID}}',
        TEAMS_APP_ID: '${{TEAMS_APP_ID}}',
      });
      // What `npm run package` makes of values like these: the toolkit's Teams app id is kept.
      const teamsAppId = '2b8f7b0e-6d0a-4f43-9d55-3c2a1f0e9a77';
      expect(
        manifestVarsFromEnv({
          PUBLIC_URL: 'https://candor-abc.azurewebsites.net',
          ENTRA_CLIENT_ID: '0f8fad5b-d9cb-469f-a165-70867728950e',
          TEAMS_APP_ID: teamsAppId,
        }).APP_ID,
      ).toBe(teamsAppId);
      const teamsSteps = steps.slice(pkg + 1).filter((s) => s.uses.startsWith('teamsApp/'));
      expect(teamsSteps.map((s) => s.uses)).toEqual([
        'teamsApp/validateAppPackage',
        'teamsApp/update',
      ]);
      for (const step of teamsSteps) {
        expect(step.with?.appPackagePath).toBe('./appPackage/build/candor.zip');
      }
      expect(steps.some((s) => s.uses === 'teamsApp/zipAppPackage')).toBe(false);
    });
  }

  it('deploys to the App Service the Bicep creates', () => {
    const arm = parsed.dev.provision.find((s) => s.uses === 'arm/deploy')!;
    expect(arm.with?.templates).toEqual([
      expect.objectContaining({
        path: './infra/azure.bicep',
        parameters: './infra/azure.parameters.json',
      }),
    ]);
    const zip = parsed.dev.deploy.find((s) => s.uses === 'azureAppService/zipDeploy')!;
    expect(zip.with).toMatchObject({
      resourceId: '${{AZURE_APP_SERVICE_RESOURCE_ID}}',
      ignoreFile: '.webappignore',
    });
    expect(existsSync(join(repoRoot, '.webappignore'))).toBe(true);
  });

  it('the local run starts the server the Dockerfile and `npm run serve` start', () => {
    const tasks = JSON.parse(read('.vscode/tasks.json')) as {
      tasks: { label: string; command?: string; options?: { env?: Record<string, string> } }[];
    };
    const start = tasks.tasks.find((t) => t.label === 'Start application')!;
    expect(start.command).toBe(`node --env-file=.localConfigs ${runtime.cmd!.slice(1).join(' ')}`);
    expect(start.options?.env?.NODE_ENV).toBe('production');
    const localConfigs = parsed.local.deploy.find(
      (s) => s.uses === 'file/createOrUpdateEnvironmentFile',
    )!;
    expect(Object.keys(localConfigs.with?.envs as object)).toEqual(
      expect.arrayContaining([
        'PUBLIC_URL',
        'ENTRA_CLIENT_ID',
        'ENTRA_CLIENT_SECRET',
        'CANDOR_HMAC_KEY',
      ]),
    );
  });

  it('keeps secrets out of git: the env templates hold none and .user files are ignored', () => {
    for (const { env } of Object.values(projects)) {
      expect(read(env)).not.toMatch(/^SECRET_/m);
      expect(
        spawnSync('git', ['check-ignore', '-q', `${env}.user`], { cwd: repoRoot }).status,
      ).toBe(0);
    }
    expect(
      spawnSync('git', ['check-ignore', '-q', '.localConfigs'], { cwd: repoRoot }).status,
    ).toBe(0);
  });
});

describe('infra/azure.bicep', () => {
  it('declares every parameter azure.parameters.json passes, and gets every one it requires', () => {
    const passed = Object.keys(parameters.parameters);
    expect(passed.filter((p) => !bicepParams.has(p))).toEqual([]);
    expect(requiredBicepParams.filter((p) => !passed.includes(p))).toEqual([]);
  });

  it('produces every output the toolkit files use', () => {
    const used = ['AZURE_APP_SERVICE_RESOURCE_ID', 'TAB_ENDPOINT', 'TAB_DOMAIN'];
    for (const name of used) expect(bicepOutputs.has(name), name).toBe(true);
    // Outputs land in env/.env.dev, which is committed: never a secret.
    const secure = [...bicep.matchAll(/@secure\(\)[\s\S]*?param (\w+)/g)].map((m) => m[1]!);
    for (const line of bicep.match(/^output .*$/gm)!) {
      for (const name of secure) expect(line).not.toContain(name);
    }
  });

  it('passes secrets only as secure parameters, from the .user file', () => {
    for (const [name, { value }] of Object.entries(parameters.parameters)) {
      if (value.includes('SECRET_')) {
        expect(bicep, `${name} must be @secure()`).toMatch(
          new RegExp(`@secure\\(\\)\\n(@description\\(.*\\)\\n)?param ${name} string`),
        );
      }
    }
  });

  it('compiles with the Bicep CLI version m365agents.yml pins (no one-line objects with commas)', () => {
    const arm = parsed.dev.provision.find((s) => s.uses === 'arm/deploy')!;
    expect(arm.with?.bicepCliVersion).toBe('v0.9.1');
    // One-line objects (`{ a: 1, b: 2 }`) arrived in recent Bicep releases; v0.9.1 needs one property a line.
    expect(bicep.split('\n').filter((line) => /\{[^}]*,[^}]*\}/.test(line))).toEqual([]);
  });

  it('serves HTTPS only with HTTP/2, without sticky sessions, with the health check', () => {
    expect(bicep).toMatch(/httpsOnly: true/);
    expect(bicep).toMatch(/http20Enabled: true/);
    expect(bicep).toMatch(/clientAffinityEnabled: false/);
    expect(bicep).toMatch(/healthCheckPath: '\/api\/health'/);
    expect(bicep).toMatch(/linuxFxVersion: 'NODE\|20-lts'/);
    expect(bicep).toContain(`appCommandLine: '${runtime.cmd!.join(' ')}'`);
  });

  it('reads ENTRA_CLIENT_SECRET, CANDOR_HMAC_KEY and DATABASE_URL from Key Vault with a managed identity', () => {
    for (const name of ['ENTRA_CLIENT_SECRET', 'CANDOR_HMAC_KEY', 'DATABASE_URL']) {
      expect(bicep).toMatch(
        new RegExp(
          `name: '${name}'\\n\\s*value: '@Microsoft\\.KeyVault\\(SecretUri=\\$\\{\\w+\\.properties\\.secretUri\\}\\)'`,
        ),
      );
    }
    expect(bicep).toMatch(/keyVaultReferenceIdentity: identity\.id/);
    expect(bicep).toMatch(/enableRbacAuthorization: true/);
    expect(bicep).toContain("'4633458b-17de-408a-b874-0445c86b69e6'"); // Key Vault Secrets User
  });

  it('runs PostgreSQL Flexible Server and sends telemetry to Application Insights', () => {
    expect(bicep).toMatch(/'Microsoft\.DBforPostgreSQL\/flexibleServers@/);
    expect(bicep).toMatch(
      /name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'\n\s*value: appInsights\.properties\.ConnectionString/,
    );
    expect(bicep).toMatch(/name: 'NODE_ENV'\n\s*value: 'production'/);
  });
});

describe('aad.manifest.json', () => {
  const manifest = JSON.parse(aadManifest) as {
    identifierUris: string[];
    api: {
      requestedAccessTokenVersion: number;
      oauth2PermissionScopes: { id: string; value: string; type: string; isEnabled: boolean }[];
      preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[];
    };
    spa: { redirectUris: string[] };
    requiredResourceAccess: {
      resourceAppId: string;
      resourceAccess: { id: string; type: string }[];
    }[];
  };

  it('exposes access_as_user under the Application ID URI the server and the Teams manifest use', () => {
    const [scope] = manifest.api.oauth2PermissionScopes;
    expect(scope).toMatchObject({ value: 'access_as_user', isEnabled: true, type: 'User' });
    expect(manifest.identifierUris).toEqual(['api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}']);
    expect(read('appPackage/manifest.json')).toContain(
      '"resource": "api://{{PUBLIC_HOST}}/{{ENTRA_CLIENT_ID}}"',
    );
    expect(manifest.api.requestedAccessTokenVersion).toBe(2);
  });

  it('pre-authorises the Teams, Microsoft 365 and Outlook clients for that scope', () => {
    // Microsoft's list for tabs with SSO in Teams, Outlook and the Microsoft 365 app.
    const clients = [
      '1fec8e78-bce4-4aaf-ab1b-5451cc387264', // Teams desktop and mobile
      '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', // Teams web
      '4765445b-32c6-49b0-83e6-1d93765276ca', // Microsoft 365 web
      '0ec893e0-5785-4de6-99da-4ed124e5296c', // Microsoft 365 desktop
      'd3590ed6-52b3-4102-aeff-aad2292ab01c', // Microsoft 365 mobile, Outlook desktop
      'bc59ab01-8403-45c6-8796-ac3ef710b3e3', // Outlook web
      '27922004-5251-4030-b22d-91ecd9a37ea4', // Outlook mobile
    ];
    const scopeId = manifest.api.oauth2PermissionScopes[0]!.id;
    expect(manifest.api.preAuthorizedApplications.map((a) => a.appId).sort()).toEqual(
      [...clients].sort(),
    );
    for (const app of manifest.api.preAuthorizedApplications) {
      expect(app.delegatedPermissionIds).toEqual([scopeId]);
    }
    // README's manual fallback lists the same clients.
    for (const id of clients) expect(read('README.md')).toContain(id);
  });

  it('registers the broker redirect nested app authentication needs', () => {
    expect(manifest.spa.redirectUris).toEqual(['brk-multihub://${{TAB_DOMAIN}}']);
  });

  it('lists the one delegated Graph permission, Tasks.ReadWrite, asked at "Add to To Do"', () => {
    // The toolkit resolves the friendly names to Microsoft Graph's ids.
    expect(manifest.requiredResourceAccess).toEqual([
      {
        resourceAppId: 'Microsoft Graph',
        resourceAccess: [{ id: 'Tasks.ReadWrite', type: 'Scope' }],
      },
    ]);
    expect(read('README.md')).toContain('Tasks.ReadWrite');
  });
});

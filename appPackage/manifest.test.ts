import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  fillManifest,
  ManifestConfigError,
  manifestVarsFromEnv,
  teamsAppIdFor,
  uuidV5,
  type JsonValue,
} from './fill-manifest.js';
import { accentColor } from './icons.js';
import { validateManifest } from './validate-manifest.js';

const clientId = '0f8fad5b-d9cb-469f-a165-70867728950e';
const env = { PUBLIC_URL: 'https://candor.example.com', ENTRA_CLIENT_ID: clientId };
const template = JSON.parse(
  readFileSync(join(import.meta.dirname, 'manifest.json'), 'utf8'),
) as JsonValue;

type Manifest = {
  [key: string]: unknown;
  configurableTabs: { context: string[]; meetingSurfaces: string[]; configurationUrl: string }[];
  webApplicationInfo: { id?: string; resource: string };
  authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
  activities: { activityTypes: { type: string; templateText: string }[] };
};

function filled(overrides: NodeJS.ProcessEnv = {}): Manifest {
  return fillManifest(template, manifestVarsFromEnv({ ...env, ...overrides })) as Manifest;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the manifest and the official schema', () => {
  it('validates the filled manifest offline, without fetching the schema', async () => {
    const fetchSpy = vi.fn(() => Promise.reject(new Error('no network in this test')));
    vi.stubGlobal('fetch', fetchSpy);
    expect(await validateManifest(filled())).toEqual([]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('validates the loopback dev manifest too', async () => {
    expect(await validateManifest(filled({ PUBLIC_URL: 'http://localhost:3978' }))).toEqual([]);
  });

  it('rejects a manifest without webApplicationInfo.id', async () => {
    const manifest = filled();
    delete manifest.webApplicationInfo.id;
    const errors = await validateManifest(manifest);
    expect(errors.join('\n')).toMatch(/\/webApplicationInfo must have required property 'id'/);
  });

  it('declares the summary bot as the app registration, in group chats and teams only', () => {
    const { bots } = filled() as { bots?: unknown };
    expect(bots).toEqual([
      {
        botId: clientId,
        scopes: ['groupChat', 'team'],
        isNotificationOnly: true,
        supportsFiles: false,
      },
    ]);
  });

  it('rejects a bot scope Teams does not know', async () => {
    const manifest = filled() as Manifest & { bots: { scopes: string[] }[] };
    manifest.bots[0]!.scopes.push('meeting');
    const errors = await validateManifest(manifest);
    expect(errors.join('\n')).toMatch(/\/bots\/0\/scopes\/2 must be equal to one of/);
  });

  it('rejects a tab context Teams does not know', async () => {
    const manifest = filled();
    manifest.configurableTabs[0]!.context.push('meetingLobby');
    const errors = await validateManifest(manifest);
    expect(errors.join('\n')).toMatch(/\/configurableTabs\/0\/context\/6 must be equal to one of/);
  });

  it('rejects a manifest version that has no bundled schema', async () => {
    const errors = await validateManifest({ ...filled(), manifestVersion: '9.99' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/has no schema bundled/);
  });
});

describe('the manifest template', () => {
  it('declares one configurable tab for channels, chats and every meeting surface', () => {
    const manifest = filled();
    expect(manifest.configurableTabs).toHaveLength(1);
    const tab = manifest.configurableTabs[0]!;
    expect(tab.configurationUrl).toBe('https://candor.example.com/tabs/config.html');
    expect(tab.context).toEqual(
      expect.arrayContaining([
        'channelTab',
        'meetingChatTab',
        'meetingDetailsTab',
        'meetingSidePanel',
        'meetingStage',
      ]),
    );
    expect(tab.meetingSurfaces).toEqual(['sidePanel', 'stage']);
  });

  it('asks for exactly the RSC permissions in DESIGN.md', () => {
    const rsc = filled().authorization.permissions.resourceSpecific;
    expect(rsc.map((p) => `${p.type} ${p.name}`).sort()).toEqual([
      // Reads a team's channel to prove a meeting is that team's channel meeting (retro trends).
      'Application ChannelSettings.Read.Group',
      'Application ChatMember.Read.Chat',
      'Application OnlineMeeting.ReadBasic.Chat',
      'Application TeamMember.Read.Group',
      'Application TeamsActivity.Send.Chat',
      'Application TeamsActivity.Send.Group',
      // Share to stage: the first in a channel meeting, the second in any other meeting.
      'Delegated ChannelMeetingStage.Write.Group',
      'Delegated MeetingStage.Write.Chat',
    ]);
  });

  it('can share to the stage of channel meetings as well as scheduled ones', () => {
    const manifest = filled();
    const delegated = manifest.authorization.permissions.resourceSpecific
      .filter((p) => p.type === 'Delegated')
      .map((p) => p.name);
    expect(delegated).toEqual(
      expect.arrayContaining(['MeetingStage.Write.Chat', 'ChannelMeetingStage.Write.Group']),
    );
    expect(manifest.configurableTabs[0]!.context).toContain('meetingStage');
  });

  it('offers "Add to a team" first, and opens the tab in every group scope', () => {
    const manifest = filled();
    expect(manifest.defaultInstallScope).toBe('team');
    expect(manifest.defaultGroupCapability).toEqual({
      team: 'tab',
      groupchat: 'tab',
      meetings: 'tab',
    });
  });

  it('uses the Application ID URI the server accepts as an audience', () => {
    const manifest = filled({ PUBLIC_URL: 'https://candor.example.com:8443/' });
    expect(manifest.webApplicationInfo).toEqual({
      id: clientId,
      resource: `api://candor.example.com:8443/${clientId}`,
    });
    expect(manifest.validDomains).toEqual(['candor.example.com:8443']);
  });

  it('declares the activity types the notifications will use', () => {
    const types = filled().activities.activityTypes.map((a) => [a.type, a.templateText]);
    expect(types).toEqual([
      ['pulseOpened', 'A new team pulse is open: {pulseTitle}'],
      ['pulseClosingSoon', 'The team pulse closes soon: {pulseTitle}'],
      ['retroSummaryReady', 'The retro summary for {meetingTitle} is ready'],
      ['retroCardsOpen', 'Add your cards before the meeting: {retroTitle} is open'],
    ]);
  });

  it('leaves no placeholder unfilled and matches the icons accent colour', () => {
    const manifest = filled();
    expect(JSON.stringify(manifest)).not.toContain('{{');
    expect(manifest.accentColor).toBe(accentColor);
  });

  it('refuses a placeholder it has no value for', () => {
    expect(() => fillManifest({ url: '{{PUBLIK_URL}}/x' }, manifestVarsFromEnv(env))).toThrow(
      /\{\{PUBLIK_URL\}\}, which has no value/,
    );
  });
});

describe('manifestVarsFromEnv', () => {
  it('refuses http on a public host', () => {
    expect(() => manifestVarsFromEnv({ ...env, PUBLIC_URL: 'http://candor.example.com' })).toThrow(
      /PUBLIC_URL: must be an https URL/,
    );
  });

  it('accepts http only on loopback', () => {
    expect(manifestVarsFromEnv({ ...env, PUBLIC_URL: 'http://127.0.0.1:3978' }).PUBLIC_URL).toBe(
      'http://127.0.0.1:3978',
    );
  });

  it('says which variables to set when they are missing', () => {
    expect(() => manifestVarsFromEnv({})).toThrow(ManifestConfigError);
    expect(() => manifestVarsFromEnv({ PUBLIC_URL: '' })).toThrow(
      /ENTRA_CLIENT_ID: set it to the app registration's Application \(client\) ID/,
    );
  });

  it('refuses a client id or app id that is not a GUID, and a non-semver version', () => {
    expect(() => manifestVarsFromEnv({ ...env, ENTRA_CLIENT_ID: 'candor' })).toThrow(/a GUID/);
    expect(() => manifestVarsFromEnv({ ...env, TEAMS_APP_ID: 'x' })).toThrow(/TEAMS_APP_ID/);
    expect(() => manifestVarsFromEnv({ ...env, APP_VERSION: '1.0' })).toThrow(/APP_VERSION/);
  });

  it('defaults the version to package.json and takes APP_VERSION and TEAMS_APP_ID when set', () => {
    expect(manifestVarsFromEnv(env, '0.1.0').VERSION).toBe('0.1.0');
    const vars = manifestVarsFromEnv({
      ...env,
      APP_VERSION: '2.3.4',
      TEAMS_APP_ID: 'A1B2C3D4-0000-4000-8000-000000000001',
    });
    expect(vars.VERSION).toBe('2.3.4');
    expect(vars.APP_ID).toBe('a1b2c3d4-0000-4000-8000-000000000001');
  });
});

describe('the default Teams app id', () => {
  it('is UUID v5 (checked against the RFC 9562 example)', () => {
    const dnsNamespace = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
    expect(uuidV5(dnsNamespace, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('is stable per client id, case-insensitively, and differs between client ids', () => {
    const id = manifestVarsFromEnv(env).APP_ID;
    expect(id).toBe(teamsAppIdFor(clientId.toUpperCase()));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(teamsAppIdFor('11111111-2222-3333-4444-555555555555')).not.toBe(id);
  });
});

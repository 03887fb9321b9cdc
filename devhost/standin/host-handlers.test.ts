import { describe, expect, it } from 'vitest';
import type { FrameSpec } from './frame-context.js';
import {
  createFrameState,
  handleRequest,
  isChannelMeeting,
  stagePermissionFor,
  type FrameState,
  type HostServices,
} from './host-handlers.js';
import { testOrg } from './test-org.js';

const origin = 'http://localhost:3978';
const [adele, ben, chen] = testOrg.users as [
  (typeof testOrg.users)[0],
  (typeof testOrg.users)[0],
  (typeof testOrg.users)[0],
];
const team = testOrg.teams[0]!;
const meeting = testOrg.meetings[0]!;

function frame(overrides: Partial<FrameSpec> = {}): FrameState {
  return createFrameState(
    {
      frameId: 'f1',
      kind: 'content',
      user: adele,
      place: { kind: 'team', team },
      meetingRole: null,
      tab: null,
      ...overrides,
    },
    'default',
  );
}

/** What appPackage/manifest.json declares for the stage: both delegated stage permissions. */
const bothStagePermissions = ['MeetingStage.Write.Chat', 'ChannelMeetingStage.Write.Group'];

function services(permissions: string[] = bothStagePermissions) {
  const events: string[] = [];
  let sharing = false;
  const host: HostServices = {
    sessionId: 'session',
    origin,
    getToken: async (userId) => {
      if (userId === chen.id) throw new Error('AADSTS50034: user not found');
      return `token-for-${userId}`;
    },
    naa: null,
    changed: (_f, what) => events.push(`changed:${what}`),
    saveFinished: (_f, outcome) =>
      events.push(outcome.ok ? 'saved' : `save-failed:${outcome.reason}`),
    shareToStage: (_f, url) => {
      sharing = true;
      events.push(`stage:${url}`);
    },
    stopStage: () => {
      sharing = false;
      events.push('stage:stopped');
    },
    stageState: () => ({ isAppSharing: sharing }),
    manifestPermissions: async () => new Set(permissions),
  };
  return { host, events };
}

const call = (f: FrameState, host: HostServices, func: string, ...args: unknown[]) =>
  handleRequest(f, { id: 1, uuid: 'u', func, args }, host);

describe('stand-in request handling', () => {
  it('answers initialize with the frame context and marks the frame initialised', async () => {
    const { host, events } = services();
    const f = frame({ kind: 'settings' });
    const reply = await call(f, host, 'initialize', '2.58.0', 4);
    expect(reply?.[0]).toBe('settings');
    expect(f.status).toBe('initialized');
    expect(events).toContain('changed:status');
  });

  it('gives a channel frame the team, channel, user, tenant and theme in its context', async () => {
    const { host } = services();
    const f = frame();
    f.theme = 'dark';
    const [context] = (await call(f, host, 'getContext'))!;
    expect(context).toMatchObject({
      frameContext: 'content',
      groupId: team.groupId,
      channelId: team.channel.id,
      teamId: team.channel.id,
      userObjectId: adele.id,
      tid: adele.tenantId,
      userTeamRole: 0,
      theme: 'dark',
    });
    expect(context).not.toHaveProperty('chatId');
  });

  it('gives a meeting frame the chat and meeting ids', async () => {
    const { host } = services();
    const f = frame({
      kind: 'sidePanel',
      user: ben,
      place: { kind: 'meeting', meeting },
      meetingRole: 'presenter',
    });
    const [context] = (await call(f, host, 'getContext'))!;
    expect(context).toMatchObject({
      chatId: meeting.chatId,
      meetingId: meeting.onlineMeetingId,
      userObjectId: ben.id,
    });
    expect(context).not.toHaveProperty('groupId');
  });

  it('returns a token for the frame user, or [false, reason] when the IdP refuses', async () => {
    const { host } = services();
    expect(await call(frame(), host, 'authentication.getAuthToken')).toEqual([
      true,
      `token-for-${adele.id}`,
    ]);
    expect(await call(frame({ user: chen }), host, 'authentication.getAuthToken')).toEqual([
      false,
      'AADSTS50034: user not found',
    ]);
  });

  it('tracks validity, accepts same-origin settings and reports the save outcome', async () => {
    const { host, events } = services();
    const f = frame({ kind: 'settings' });
    expect(await call(f, host, 'settings.setValidityState', true)).toBeNull();
    expect(f.valid).toBe(true);
    expect(
      await call(f, host, 'settings.setSettings', {
        contentUrl: `${origin}/tabs/content.html?x=1`,
        entityId: 'e1',
      }),
    ).toEqual([true]);
    expect(f.pendingConfig).toMatchObject({
      contentUrl: `${origin}/tabs/content.html?x=1`,
      entityId: 'e1',
    });
    expect(await call(f, host, 'settings.getSettings')).toEqual([f.pendingConfig]);
    await call(f, host, 'settings.save.success');
    await call(f, host, 'settings.save.failure', 'no pulse picked');
    expect(events).toEqual(
      expect.arrayContaining([
        'changed:validity',
        'changed:config',
        'saved',
        'save-failed:no pulse picked',
      ]),
    );
  });

  it('refuses settings whose contentUrl is on another origin', async () => {
    const { host } = services();
    const f = frame({ kind: 'settings' });
    const reply = await call(f, host, 'settings.setSettings', {
      contentUrl: 'https://evil.example/tab',
    });
    expect(reply?.[0]).toBe(false);
    expect(f.pendingConfig).toBeNull();
  });

  it('lets presenters share to the stage and refuses attendees with a permission error', async () => {
    const { host, events } = services();
    const presenter = frame({
      kind: 'sidePanel',
      user: ben,
      place: { kind: 'meeting', meeting },
      meetingRole: 'presenter',
    });
    const attendee = frame({
      kind: 'sidePanel',
      user: adele,
      place: { kind: 'meeting', meeting },
      meetingRole: 'attendee',
    });
    expect(await call(presenter, host, 'meeting.getAppContentStageSharingCapabilities')).toEqual([
      null,
      { doesAppHaveSharePermission: true },
    ]);
    expect(await call(attendee, host, 'meeting.getAppContentStageSharingCapabilities')).toEqual([
      null,
      { doesAppHaveSharePermission: false },
    ]);
    expect(await call(presenter, host, 'meeting.getAppContentStageSharingState')).toEqual([
      null,
      { isAppSharing: false },
    ]);

    const denied = await call(
      attendee,
      host,
      'meeting.shareAppContentToStage',
      `${origin}/meeting-extension/stage.html`,
    );
    expect(denied?.[0]).toMatchObject({ errorCode: 1000 });
    expect(
      await call(
        presenter,
        host,
        'meeting.shareAppContentToStage',
        '/meeting-extension/stage.html?retro=1',
        { sharingProtocol: 'Collaborative' },
      ),
    ).toEqual([null, true]);
    expect(events).toContain(`stage:${origin}/meeting-extension/stage.html?retro=1`);
    expect(await call(presenter, host, 'meeting.getAppContentStageSharingState')).toEqual([
      null,
      { isAppSharing: true },
    ]);
  });

  describe('share to stage needs the RSC permission for the kind of meeting', () => {
    // A channel meeting's conversation is the channel thread, as in Teams.
    const channelMeeting = { ...meeting, chatId: team.channel.id };
    const presenterIn = (m: typeof meeting) =>
      frame({
        kind: 'sidePanel',
        user: ben,
        place: { kind: 'meeting', meeting: m },
        meetingRole: 'presenter',
      });

    it('tells a channel meeting from a scheduled one by its conversation id', () => {
      expect(isChannelMeeting(channelMeeting)).toBe(true);
      expect(isChannelMeeting(meeting)).toBe(false);
      expect(stagePermissionFor(channelMeeting)).toBe('ChannelMeetingStage.Write.Group');
      expect(stagePermissionFor(meeting)).toBe('MeetingStage.Write.Chat');
    });

    it('refuses a channel-meeting share when the manifest has only MeetingStage.Write.Chat', async () => {
      const { host, events } = services(['MeetingStage.Write.Chat']);
      const f = presenterIn(channelMeeting);
      expect(await call(f, host, 'meeting.getAppContentStageSharingCapabilities')).toEqual([
        null,
        { doesAppHaveSharePermission: false },
      ]);
      const [error, result] = (await call(
        f,
        host,
        'meeting.shareAppContentToStage',
        `${origin}/meeting-extension/stage.html`,
      ))!;
      expect(error).toMatchObject({ errorCode: 1000 });
      expect((error as { message: string }).message).toMatch(/ChannelMeetingStage\.Write\.Group/);
      expect(result).toBeNull();
      expect(events.filter((e) => e.startsWith('stage:'))).toEqual([]);
      // The same manifest still shares in a scheduled meeting.
      expect(
        await call(presenterIn(meeting), host, 'meeting.shareAppContentToStage', `${origin}/s`),
      ).toEqual([null, true]);
    });

    it('refuses a scheduled-meeting share without MeetingStage.Write.Chat', async () => {
      const { host } = services(['ChannelMeetingStage.Write.Group']);
      const reply = await call(
        presenterIn(meeting),
        host,
        'meeting.shareAppContentToStage',
        `${origin}/s`,
      );
      expect(reply?.[0]).toMatchObject({ errorCode: 1000 });
    });

    it('shares to a channel meeting stage with the manifest as it is', async () => {
      const { host, events } = services();
      const f = presenterIn(channelMeeting);
      expect(await call(f, host, 'meeting.shareAppContentToStage', `${origin}/s`)).toEqual([
        null,
        true,
      ]);
      expect(events).toContain(`stage:${origin}/s`);
    });
  });

  it('answers meeting calls outside a meeting with an error instead of hanging', async () => {
    const { host } = services();
    const reply = await call(frame(), host, 'meeting.shareAppContentToStage', `${origin}/x`);
    expect(reply?.[0]).toMatchObject({ errorCode: 501 });
  });

  it('returns basic meeting details', async () => {
    const { host } = services();
    const f = frame({
      kind: 'sidePanel',
      place: { kind: 'meeting', meeting },
      meetingRole: 'attendee',
    });
    const [error, details] = (await call(f, host, 'meeting.getMeetingDetails'))!;
    expect(error).toBeNull();
    expect(details).toMatchObject({
      conversation: { id: meeting.chatId },
      details: { title: 'Weekly sync' },
    });
    // Not yet begun by default (the next full hour), or when the view says it starts.
    const start = Date.parse(
      (details as { details: { scheduledStartTime: string } }).details.scheduledStartTime,
    );
    expect(start).toBeGreaterThan(Date.now());
    expect(start - Date.now()).toBeLessThanOrEqual(3_600_000);
    const startsAt = '2031-05-06T07:00:00.000Z';
    const later = frame({
      kind: 'content',
      place: { kind: 'meeting', meeting: { ...meeting, startsAt } },
    });
    const [, scheduled] = (await call(later, host, 'meeting.getMeetingDetails'))!;
    expect(scheduled).toMatchObject({ details: { scheduledStartTime: startsAt } });
  });

  it('records registered handlers and lifecycle status without answering one-way messages', async () => {
    const { host } = services();
    const f = frame();
    expect(await call(f, host, 'registerHandler', 'themeChange')).toBeNull();
    expect(f.handlers.has('themeChange')).toBe(true);
    expect(await call(f, host, 'appInitialization.success', '2.58.0')).toBeNull();
    expect(f.status).toBe('success');
    await call(f, host, 'appInitialization.failure', 'AuthFailed', 'no token');
    expect(f).toMatchObject({ status: 'failure', statusDetail: 'AuthFailed: no token' });
  });

  it('answers anything unknown as not supported', async () => {
    const { host } = services();
    const reply = await call(frame(), host, 'people.selectPeople');
    expect(reply?.[0]).toMatchObject({ errorCode: 100 });
  });

  it('without ?naa= does not offer nested app auth, as before', async () => {
    const { host } = services();
    const [, , config, version] = (await call(frame(), host, 'initialize', '2.58.0', 4))!;
    expect(JSON.parse(config as string)).toMatchObject({ isNAAChannelRecommended: false });
    expect(version).toBe('2.58.0');
    const reply = await handleRequest(
      frame(),
      { id: 2, uuid: 'u', func: 'nestedAppAuth.execute', args: [], data: '{}' },
      host,
    );
    expect(reply?.[0]).toMatchObject({ errorCode: 100 });
  });
});

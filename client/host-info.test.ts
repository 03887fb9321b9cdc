import { describe, expect, it } from 'vitest';
import { hostScope, isMeetingSurface, toHostInfo, type TeamsContextLike } from './host-info.js';
import { readStageParams, stageUrl } from './stage-url.js';
import { tabConfigFor, tabSurface } from './tab-config.js';

const channelContext: TeamsContextLike = {
  app: { theme: 'dark', locale: 'en-gb', host: { name: 'Teams', clientType: 'web' } },
  page: { frameContext: 'content' },
  user: { id: 'u1', loginHint: 'adele@contoso.test', tenant: { id: 't1' } },
  team: { groupId: 'g1', displayName: 'Design' },
  channel: { id: '19:abc@thread.tacv2', displayName: 'General' },
};

const meetingContext: TeamsContextLike = {
  app: { theme: 'contrast' },
  page: { frameContext: 'sidePanel' },
  user: { id: 'u2', userPrincipalName: 'megan@contoso.test', tenant: { id: 't1' } },
  chat: { id: '19:meeting_xyz@thread.v2' },
  meeting: { id: 'MCMx' },
};

describe('toHostInfo', () => {
  it('maps a channel tab context', () => {
    expect(toHostInfo(channelContext)).toEqual({
      frameContext: 'content',
      theme: 'dark',
      locale: 'en-gb',
      userId: 'u1',
      tenantId: 't1',
      loginHint: 'adele@contoso.test',
      teamId: 'g1',
      teamName: 'Design',
      channelId: '19:abc@thread.tacv2',
      channelName: 'General',
      chatId: null,
      meetingId: null,
      subPageId: null,
      hostName: 'Teams',
      clientType: 'web',
    });
  });

  it('keeps the sub-page a deep link asked for (the summary card opens a summary)', () => {
    const info = toHostInfo({
      ...meetingContext,
      page: { frameContext: 'content', subPageId: 'summary:r1' },
    });
    expect(info.subPageId).toBe('summary:r1');
  });

  it('maps a meeting side panel and fills defaults', () => {
    const info = toHostInfo(meetingContext);
    expect(info).toMatchObject({
      frameContext: 'sidePanel',
      theme: 'contrast',
      locale: 'en-us',
      loginHint: 'megan@contoso.test',
      teamId: null,
      chatId: '19:meeting_xyz@thread.v2',
      meetingId: 'MCMx',
      hostName: 'unknown',
    });
  });

  it('treats unknown frame contexts and themes safely', () => {
    const info = toHostInfo({ app: { theme: 'sepia' }, page: { frameContext: 'task' } });
    expect(info.frameContext).toBe('other');
    expect(info.theme).toBe('default');
    expect(info.userId).toBeNull();
  });
});

describe('scope and surface', () => {
  it('prefers the team, then the chat', () => {
    const channel = toHostInfo(channelContext);
    const meeting = toHostInfo(meetingContext);
    expect(hostScope(channel)).toEqual({ teamId: 'g1' });
    expect(hostScope(meeting)).toEqual({ chatId: '19:meeting_xyz@thread.v2' });
    expect(hostScope(toHostInfo({ app: {}, page: {} }))).toBeNull();
    expect(isMeetingSurface(channel)).toBe(false);
    expect(isMeetingSurface(meeting)).toBe(true);
  });

  it('points the tab at the right page for channels and meetings', () => {
    const origin = 'https://candor.example';
    const channel = tabConfigFor(tabSurface(toHostInfo(channelContext)), origin);
    const meeting = tabConfigFor(tabSurface(toHostInfo(meetingContext)), origin);
    expect(channel.contentUrl).toBe('https://candor.example/tabs/content.html');
    expect(meeting.contentUrl).toBe('https://candor.example/meeting-extension/side-panel.html');
    expect(channel.entityId).toMatch(/^candor-/);
    expect(meeting.suggestedDisplayName).toBe('Candor');
  });
});

describe('stage URL', () => {
  it('round-trips the ids, encoded, and falls back to the context', () => {
    const url = stageUrl('https://candor.example', {
      chatId: '19:meeting_x@thread.v2',
      meetingId: 'M&1',
    });
    expect(url).toMatch(/^https:\/\/candor\.example\/meeting-extension\/stage\.html\?/);
    const parsed = readStageParams(new URL(url).search, {
      chatId: 'ctx-chat',
      meetingId: 'ctx-meeting',
    });
    expect(parsed).toEqual({ chatId: '19:meeting_x@thread.v2', meetingId: 'M&1' });
    expect(readStageParams('', { chatId: 'ctx-chat', meetingId: null })).toEqual({
      chatId: 'ctx-chat',
      meetingId: null,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { formatViewQuery, parseViewQuery, resolveView } from './view-spec.js';
import { testOrg } from './test-org.js';

describe('view query', () => {
  it('parses a channel link and falls back to defaults', () => {
    expect(
      parseViewQuery('?view=channel&team=g-platform&user=u-ben&theme=dark&configure=1'),
    ).toEqual({
      view: 'channel',
      team: 'g-platform',
      meeting: null,
      user: 'u-ben',
      participants: 3,
      theme: 'dark',
      configure: true,
      pages: 'app',
      naa: 'off',
      locale: 'en-us',
      client: 'web',
      consent: 'accept',
      startsIn: null,
    });
    expect(parseViewQuery('?theme=neon&participants=-2&locale=%3Cb%3E')).toMatchObject({
      view: 'channel',
      theme: 'default',
      locale: 'en-us',
      participants: 3,
    });
    expect(parseViewQuery('?locale=DE-de').locale).toBe('de-de');
    expect(parseViewQuery('?view=meeting-config&startsIn=3610').startsIn).toBe(3610);
    expect(parseViewQuery('?view=meeting-config&startsIn=soon').startsIn).toBeNull();
  });

  it('round-trips through formatViewQuery', () => {
    const query = parseViewQuery(
      '?view=meeting&meeting=weekly-sync&participants=4&theme=contrast&pages=probe&startsIn=3610',
    );
    expect(parseViewQuery(formatViewQuery(query))).toEqual(query);
  });

  it('reads and writes the Teams locale and client type, en-us on the web unless asked for', () => {
    const query = parseViewQuery('?view=channel&locale=AR-SA&client=android');
    expect(query).toMatchObject({ locale: 'ar-sa', client: 'android' });
    expect(parseViewQuery(formatViewQuery(query))).toEqual(query);
    expect(parseViewQuery('?locale=<script>&client=fridge')).toMatchObject({
      locale: 'en-us',
      client: 'web',
    });
    expect(formatViewQuery(parseViewQuery('?view=channel'))).not.toMatch(/locale|client/);
  });

  it('reads and writes the nested app auth mode, off unless asked for', () => {
    expect(parseViewQuery('?naa=1').naa).toBe('on');
    expect(parseViewQuery('?naa=error').naa).toBe('error');
    expect(parseViewQuery('?naa=consent').naa).toBe('consent');
    expect(parseViewQuery('?naa=yes-please').naa).toBe('off');
    expect(formatViewQuery(parseViewQuery('?view=channel&naa=1'))).toContain('naa=1');
    expect(formatViewQuery(parseViewQuery('?view=channel'))).not.toContain('naa');
    const query = parseViewQuery('?view=meeting&meeting=weekly-sync&naa=error');
    expect(parseViewQuery(formatViewQuery(query))).toEqual(query);
  });

  it('resolves a channel view for a member and refuses a non-member', () => {
    const ok = resolveView(parseViewQuery('?view=channel&team=g-platform&user=u-ben'), testOrg);
    expect(ok).toMatchObject({
      kind: 'channel',
      user: { id: 'u-ben' },
      team: { name: 'Platform' },
    });
    const bad = resolveView(parseViewQuery('?view=channel&team=g-platform&user=u-dara'), testOrg);
    expect(bad.kind).toBe('error');
  });

  it('puts the organiser first among meeting participants and caps the count', () => {
    const view = resolveView(
      parseViewQuery('?view=meeting&meeting=19:meeting_abc@thread.v2&participants=3'),
      testOrg,
    );
    if (view.kind !== 'meeting') throw new Error(`expected a meeting view, got ${view.kind}`);
    expect(view.participants.map((u) => u.id)).toEqual(['u-ben', 'u-adele', 'u-chen']);
    const all = resolveView(
      parseViewQuery('?view=meeting&meeting=weekly-sync&participants=40'),
      testOrg,
    );
    expect(all.kind === 'meeting' && all.participants).toHaveLength(4);
  });

  it('finds a meeting by online meeting id too', () => {
    const view = resolveView(
      parseViewQuery('?view=meeting-config&meeting=MSo-online-meeting'),
      testOrg,
    );
    expect(view).toMatchObject({ kind: 'meeting-config', user: { id: 'u-ben' } });
  });
});

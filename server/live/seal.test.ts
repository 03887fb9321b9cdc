import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../test-support/databases.js';
import { createLiveHub } from './hub.js';
import { createEventSeal } from './seal.js';

const key = randomBytes(48).toString('base64');

describe('sealed live-event data', () => {
  it('round-trips, and the stored text holds none of the JSON', () => {
    const seal = createEventSeal(key);
    const json = JSON.stringify({ rev: 7, ops: [{ op: 'card', text: 'Flaky tests again' }] });
    const stored = seal.seal(json);
    expect(stored).not.toContain('Flaky');
    expect(stored).not.toContain('rev');
    expect(seal.open(stored)).toBe(json);
    // A fresh IV each time: the same event never stores the same bytes twice.
    expect(seal.seal(json)).not.toBe(stored);
  });

  it('refuses a changed byte and another key', () => {
    const stored = createEventSeal(key).seal('{"rev":1}');
    const flipped = stored.slice(0, -2) + (stored.at(-2) === 'A' ? 'B' : 'A') + stored.at(-1)!;
    expect(() => createEventSeal(key).open(flipped)).toThrow();
    expect(() => createEventSeal(randomBytes(48).toString('base64')).open(stored)).toThrow();
  });

  it('passes plain JSON written before sealing existed', () => {
    expect(createEventSeal(key).open('{"rev":3}')).toBe('{"rev":3}');
  });
});

describe.each(testDatabases())('a hub with a sealing key, on $dialect', (database) => {
  it('stores no event data in the clear, and turns an event sealed under an old key into a reset', async () => {
    const db = await database.open();
    const room = `team:seal-${randomBytes(4).toString('hex')}` as const;
    const before = await createLiveHub(db, { onError: () => {}, sealKey: key });
    try {
      await before.publish(room, 'tab.configured', { title: 'Quarterly planning' });
      const [row] = await db.kysely
        .selectFrom('events')
        .select('data')
        .where('room', '=', room)
        .execute();
      expect(row?.data).not.toContain('Quarterly');
      expect((await before.since(room, 0))[0]).toMatchObject({
        type: 'tab.configured',
        data: { title: 'Quarterly planning' },
      });
    } finally {
      await before.close();
    }
    const rotated = await createLiveHub(db, {
      onError: () => {},
      sealKey: randomBytes(48).toString('base64'),
    });
    try {
      expect((await rotated.since(room, 0))[0]).toMatchObject({ type: 'live.reset', data: null });
    } finally {
      await rotated.close();
      await db.close();
    }
  });
});

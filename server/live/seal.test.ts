import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
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

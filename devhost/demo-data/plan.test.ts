import { describe, expect, it } from 'vitest';
import { edmondsonItems, minAnsweredItems } from '../../shared/pulse/items.js';
import {
  answersFor,
  firstPulseWindow,
  mondayOf,
  platformProfile,
  respondents,
  retroTimes,
  seededRandom,
} from './plan.js';

const today = new Date('2026-11-29T22:00:00.000Z'); // a Sunday

describe('demo plan', () => {
  it('starts the pulses on a Monday 09:00 UTC 52 weeks back, closing that Friday 17:00', () => {
    expect(mondayOf(today).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    const first = firstPulseWindow(today);
    expect(first.opensAt.toISOString()).toBe('2025-11-24T09:00:00.000Z');
    expect(first.closesAt.toISOString()).toBe('2025-11-28T17:00:00.000Z');
  });

  it('holds retros on Thursdays 14:00 UTC every 14 days, all over before today', () => {
    const times = retroTimes(today);
    expect(times.length).toBe(27);
    expect(times[0]?.toISOString()).toBe('2025-11-27T14:00:00.000Z');
    for (const at of times) expect(at.getUTCDay()).toBe(4);
    expect((times.at(-1)?.getTime() ?? Infinity) < today.getTime()).toBe(true);
  });

  it('keeps quiet weeks below k and others at or above it', () => {
    const random = seededRandom(1);
    const [quiet] = platformProfile.quietWeeks;
    expect(respondents(random, platformProfile, 8, quiet ?? 0)).toBeLessThan(platformProfile.k);
    for (let week = 0; week < 10; week++) {
      const n = respondents(random, platformProfile, 8, week);
      expect(n).toBeGreaterThanOrEqual(platformProfile.k);
      expect(n).toBeLessThanOrEqual(8);
    }
  });

  it('answers reverse-scored items the other way round, and always enough items to count', () => {
    const random = seededRandom(2);
    let reversedSum = 0;
    let straightSum = 0;
    for (let i = 0; i < 200; i++) {
      const answers = answersFor(random, 6.5);
      expect(answers.filter((a) => a !== null).length).toBeGreaterThanOrEqual(minAnsweredItems);
      answers.forEach((a, j) => {
        if (a === null) return;
        expect(a >= 1 && a <= 7).toBe(true);
        if (edmondsonItems[j]?.reversed) reversedSum += a;
        else straightSum += a;
      });
    }
    // A safe team disagrees with "mistakes are held against you" and agrees with the rest.
    expect(reversedSum / (200 * 3)).toBeLessThan(2.5);
    expect(straightSum / (200 * 4)).toBeGreaterThan(5.5);
  });
});

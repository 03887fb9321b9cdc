import { describe, expect, it } from 'vitest';
import type { ItemResult } from '../../shared/pulse/api.js';
import { formatters } from '../format.js';
import {
  favourabilitySentence,
  formatInterval100,
  formatScore100,
  itemScore100,
  responseRateSentence,
  talkPrompts,
} from './results-format.js';

const fmt = formatters('en-GB');
const split = { favourable: 0.5, neutral: 0.25, unfavourable: 0.25 };
const released = (itemId: string, mean: number, reversed = false): ItemResult => ({
  itemId,
  text: `Statement ${itemId}`,
  reversed,
  status: 'released',
  mean,
  favourability: split,
});

describe('results formatting', () => {
  it('puts the team score and its interval on one 0–100 scale', () => {
    expect(formatScore100(73.8, fmt)).toBe('74');
    // 1–7 interval ends: (4 − 1) / 6 × 100 = 50, (5.8 − 1) / 6 × 100 = 80.
    expect(formatInterval100({ low: 4, high: 5.8 }, fmt)).toBe('50 to 80');
  });

  it('scores reverse-scored statements so that higher is better', () => {
    expect(itemScore100({ mean: 2, reversed: true })).toBeCloseTo(83.33, 2); // 8 − 2 = 6
    expect(itemScore100({ mean: 2, reversed: false })).toBeCloseTo(16.67, 2);
  });

  it('states the response rate as n of N', () => {
    expect(responseRateSentence(6, 8, fmt)).toBe('6 of 8 answered (75%)');
    expect(responseRateSentence(0, 0, fmt)).toBe('0 of 0 answered');
  });

  it('reads the favourability split as a sentence', () => {
    expect(favourabilitySentence(split, fmt)).toBe('Favourable 50%, Neutral 25%, Unfavourable 25%');
  });

  it('suggests the two lowest released statements, scored the right way round', () => {
    const prompts = talkPrompts([
      released('e1', 2, true), // scored 6: high
      released('e2', 3), // scored 3: lowest
      { itemId: 'e3', text: 'Withheld', reversed: true, status: 'withheld', reason: 'few-answers' },
      released('e4', 4), // scored 4
      released('e5', 5, true), // scored 8 − 5 = 3: ties with e2, listed after it
      released('e6', 6),
    ]);
    expect(prompts.map((p) => p.itemId)).toEqual(['e2', 'e5']);
    expect(prompts[1]).toMatchObject({ text: 'Statement e5', reversed: true });
    expect(prompts[0]?.question).toMatch(/\?$/);
    expect(prompts.some((p) => p.itemId === 'e3')).toBe(false);
  });

  it('suggests nothing when no statement is released', () => {
    expect(
      talkPrompts([
        { itemId: 'e1', text: 'x', reversed: true, status: 'withheld', reason: 'few-answers' },
      ]),
    ).toEqual([]);
  });
});

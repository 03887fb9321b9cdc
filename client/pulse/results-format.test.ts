import { describe, expect, it } from 'vitest';
import {
  favourabilitySentence,
  formatInterval,
  formatMean,
  formatScore100,
  formatShare,
  itemLabel,
  responseRateSentence,
} from './results-format.js';

describe('results formatting', () => {
  it('formats scores, shares and the interval', () => {
    expect(formatMean(5.4285)).toBe('5.43');
    expect(formatScore100(73.8)).toBe('74');
    expect(formatShare(0.625)).toBe('63%');
    expect(formatInterval({ low: 4.912, high: 5.8 })).toBe('4.91 to 5.80');
  });

  it('states the response rate as n of N', () => {
    expect(responseRateSentence(6, 8)).toBe('6 of 8 answered (75%)');
    expect(responseRateSentence(0, 0)).toBe('0 of 0 answered');
  });

  it('marks reverse-scored items', () => {
    expect(itemLabel({ text: 'It is safe.', reversed: false })).toBe('It is safe.');
    expect(itemLabel({ text: 'Held against you.', reversed: true })).toBe(
      'Held against you. (R) reverse-scored',
    );
  });

  it('reads the favourability split as a sentence', () => {
    expect(favourabilitySentence({ favourable: 0.5, neutral: 0.25, unfavourable: 0.25 })).toBe(
      'Favourable 50%, Neutral 25%, Unfavourable 25%',
    );
  });
});

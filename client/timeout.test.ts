import { describe, expect, it } from 'vitest';
import { raceTimeout } from './timeout.js';

describe('raceTimeout', () => {
  it('reports a promise that never settles as a timeout', async () => {
    const started = Date.now();
    await expect(raceTimeout(new Promise(() => undefined), 50)).resolves.toEqual({
      kind: 'timeout',
    });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('passes a value and a rejection through', async () => {
    await expect(raceTimeout(Promise.resolve(3), 1000)).resolves.toEqual({
      kind: 'settled',
      value: 3,
    });
    await expect(raceTimeout(Promise.reject(new Error('no')), 1000)).rejects.toThrow('no');
  });
});

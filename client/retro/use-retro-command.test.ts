import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api-error.js';
import { retryCommand } from './use-retro-command.js';

describe('retryCommand', () => {
  it('repeats a command that may never have arrived, twice at most', () => {
    const lost = new ApiRequestError(0, 'network', 'offline');
    const proxy = new ApiRequestError(502, 'internal', 'bad gateway');
    expect(retryCommand(0, lost)).toBe(true);
    expect(retryCommand(1, proxy)).toBe(true);
    expect(retryCommand(0, new ApiRequestError(503, 'internal', 'no upstream'))).toBe(true);
    expect(retryCommand(2, lost)).toBe(false);
  });

  it('does not repeat a refusal or a server error that answered', () => {
    for (const [status, code] of [
      [400, 'bad_request'],
      [409, 'conflict'],
      [429, 'rate_limited'],
      [500, 'internal'],
    ] as const) {
      expect(retryCommand(0, new ApiRequestError(status, code, 'no'))).toBe(false);
    }
    expect(retryCommand(0, new Error('other'))).toBe(false);
  });
});

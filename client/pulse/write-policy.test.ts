import { describe, expect, it } from 'vitest';
import { ApiRequestError, networkError } from '../api-error.js';
import { isAlreadyAnswered, retryWrite } from './write-policy.js';

describe('pulse write policy', () => {
  it('retries only requests that never got an answer, at most twice', () => {
    expect(retryWrite(0, networkError())).toBe(true);
    expect(retryWrite(1, networkError())).toBe(true);
    expect(retryWrite(2, networkError())).toBe(false);
    expect(retryWrite(0, new ApiRequestError(500, 'internal', 'Server trouble.'))).toBe(false);
    expect(retryWrite(0, new Error('boom'))).toBe(false);
  });

  it('recognises the receipt conflict of a second answer', () => {
    const second = new ApiRequestError(409, 'conflict', "You've already answered this pulse.");
    expect(isAlreadyAnswered(second)).toBe(true);
    expect(isAlreadyAnswered(new ApiRequestError(403, 'forbidden', 'Closed.'))).toBe(false);
    expect(isAlreadyAnswered(networkError())).toBe(false);
  });
});

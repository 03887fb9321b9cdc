import { ApiRequestError } from '../api-error.js';

/** Only a request that may never have arrived is worth repeating; its key makes that safe. */
export function retryWrite(failureCount: number, error: unknown): boolean {
  return error instanceof ApiRequestError && error.code === 'network' && failureCount < 2;
}

/** A 409 on submit means this person's receipt exists: they have answered already. */
export function isAlreadyAnswered(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 409;
}

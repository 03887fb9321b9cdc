import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './api-error.js';

/** Retrying a refusal (403, 404, bad request) only delays the message the user needs to see. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiRequestError && error.status >= 400 && error.status < 500) {
    return error.status === 429 && failureCount < 2;
  }
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}

import { afterAll, beforeAll, expect } from 'vitest';
import { retroViewSchema, type RetroView } from '../../shared/retro/api.js';
import { startEntraFakes, type EntraFakes } from './entra-fakes.js';
import type { Reply } from './retro-app.js';

/** The file's fake Entra ID and Graph; `fakes` is set before its first test. */
export type EntraFakesHandle = { fakes: EntraFakes };

/** Starts the fake Entra ID and Graph before a test file's tests and closes them after. */
export function useEntraFakes(): EntraFakesHandle {
  const handle = {} as EntraFakesHandle;
  beforeAll(async () => {
    handle.fakes = await startEntraFakes();
  });
  afterAll(async () => {
    await handle.fakes?.close();
  });
  return handle;
}

/** The retro view a reply carries (a command's, a read's or a creation's); fails on an error. */
export function viewOf(reply: Reply): RetroView {
  expect(reply.status, reply.raw).toBeLessThan(300);
  return retroViewSchema.parse((reply.body as { retro?: unknown }).retro ?? reply.body);
}

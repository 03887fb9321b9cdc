import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevStack, type DevStack, type DevStackOptions } from '../../../devhost/stack.js';

export type TestStack = DevStack & { dispose(): Promise<void> };

/** The whole dev stack (IdP, fake Graph, the server as a child process) with a throwaway data dir. */
export async function startTestStack(options: Partial<DevStackOptions> = {}): Promise<TestStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'candor-e2e-'));
  const lines: string[] = [];
  const stack = await startDevStack({
    dataDir,
    logLevel: 'warn',
    onOutput: (line) => lines.push(line),
    ...options,
  });
  return {
    ...stack,
    async dispose() {
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

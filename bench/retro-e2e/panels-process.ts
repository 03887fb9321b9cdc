import { fork } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import type { FromPanels, ToPanels } from './protocol.js';

type Reply<T extends FromPanels['type']> = Extract<FromPanels, { type: T }>;

export type PanelsProcess = {
  /** Sends `message` and waits for the next reply of `type`; a `failed` reply rejects. */
  ask<T extends FromPanels['type']>(
    message: ToPanels,
    type: T,
    timeoutMs: number,
  ): Promise<Reply<T>>;
  stop(): Promise<void>;
};

/** Forks the simulated panels (panels.ts) with tsx, talking over IPC. */
export function startPanelsProcess(): PanelsProcess {
  const child = fork(resolve(import.meta.dirname, 'panels.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit');
  return {
    ask(message, type, timeoutMs) {
      return new Promise((resolveReply, reject) => {
        const done = () => {
          clearTimeout(timer);
          child.off('message', onMessage);
          child.off('exit', onExit);
        };
        const timer = setTimeout(() => {
          done();
          reject(
            new Error(`The bench panels did not answer "${message.type}" in ${timeoutMs} ms.`),
          );
        }, timeoutMs);
        const onExit = (code: number | null) => {
          done();
          reject(
            new Error(`The bench panels exited (${code}) before answering "${message.type}".`),
          );
        };
        const onMessage = (reply: FromPanels) => {
          if (reply.type !== type && reply.type !== 'failed') return;
          done();
          if (reply.type === 'failed')
            reject(new Error(`The bench panels failed: ${reply.message}`));
          else resolveReply(reply as Reply<typeof type>);
        };
        child.on('message', onMessage);
        child.once('exit', onExit);
        child.send(message);
      });
    },
    async stop() {
      if (child.exitCode === null && child.connected) {
        child.send({ type: 'close' } satisfies ToPanels);
        const timer = setTimeout(() => child.kill(), 5_000);
        await exited;
        clearTimeout(timer);
      } else if (child.exitCode === null) {
        child.kill();
        await exited;
      }
    },
  };
}

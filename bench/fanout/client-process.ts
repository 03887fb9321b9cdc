import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import type { FromClient, ToClient } from './protocol.js';

type Reply<T extends FromClient['type']> = Extract<FromClient, { type: T }>;

export type ClientProcess = {
  send(message: ToClient): void;
  /** Sends `message` and waits for the next reply of `type`. */
  ask<T extends FromClient['type']>(
    message: ToClient,
    type: T,
    timeoutMs: number,
  ): Promise<Reply<T>>;
  stop(): Promise<void>;
};

/** Forks the load generator (bench/fanout/client.ts) with tsx, talking over IPC. */
export function startClientProcess(): ClientProcess {
  const child: ChildProcess = fork(resolve(import.meta.dirname, 'client.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit');

  return {
    send: (message) => child.send(message),
    ask(message, type, timeoutMs) {
      return new Promise((resolveReply, reject) => {
        const timer = setTimeout(() => {
          child.off('message', onMessage);
          reject(
            new Error(`The fan-out client did not answer "${message.type}" in ${timeoutMs} ms.`),
          );
        }, timeoutMs);
        const onMessage = (reply: FromClient) => {
          if (reply.type !== type) return;
          clearTimeout(timer);
          child.off('message', onMessage);
          resolveReply(reply as Reply<typeof type>);
        };
        child.on('message', onMessage);
        child.send(message);
      });
    },
    async stop() {
      if (child.exitCode === null && child.connected) {
        child.send({ type: 'close' });
        const timer = setTimeout(() => child.kill(), 5000);
        await exited;
        clearTimeout(timer);
      } else if (child.exitCode === null) {
        child.kill();
        await exited;
      }
    },
  };
}

import { fork } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import type { FromLoad, LoadResult, LoadSpec } from './protocol.js';

export type LoadProcess = {
  /** Runs one autocannon load and resolves with its figures. */
  run(spec: LoadSpec): Promise<LoadResult>;
  stop(): Promise<void>;
};

/** Forks the load generator (bench/throughput/load.ts) with tsx, talking over IPC. */
export function startLoadProcess(): LoadProcess {
  const child = fork(resolve(import.meta.dirname, 'load.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit');
  return {
    run(spec) {
      return new Promise((resolveRun, reject) => {
        const timer = setTimeout(
          () => {
            child.off('message', onMessage);
            reject(new Error(`The load process did not finish a ${spec.durationSeconds} s run.`));
          },
          (spec.durationSeconds + 30) * 1000,
        );
        const onMessage = (reply: FromLoad) => {
          clearTimeout(timer);
          child.off('message', onMessage);
          if (reply.type === 'done') resolveRun(reply.result);
          else reject(new Error(`The load process failed: ${reply.message}`));
        };
        child.on('message', onMessage);
        child.send({ type: 'run', spec });
      });
    },
    async stop() {
      if (child.exitCode !== null) return;
      if (child.connected) child.send({ type: 'close' });
      const timer = setTimeout(() => child.kill(), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

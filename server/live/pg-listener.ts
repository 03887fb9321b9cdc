import pg from 'pg';

export type PgListener = { close(): Promise<void> };

export type PgListenerOptions = {
  connection: pg.ClientConfig;
  channel: string;
  onNotify(payload: string): void;
  /** Called after a dropped connection is back: notifications sent meanwhile are lost, so catch up. */
  onReconnect(): void;
  onError(error: unknown, message: string): void;
};

const minDelayMs = 250;
const maxDelayMs = 10_000;

/**
 * One dedicated connection per instance that LISTENs on a channel and reconnects with backoff.
 * Resolves once listening, so no notification after start-up is missed.
 */
export async function startPgListener(options: PgListenerOptions): Promise<PgListener> {
  let client: pg.Client | null = null;
  let closing = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | null = null;

  async function connect(): Promise<void> {
    const next = new pg.Client({ ...options.connection, keepAlive: true });
    next.on('notification', (message) => {
      if (message.channel === options.channel && message.payload) options.onNotify(message.payload);
    });
    next.on('error', (error) => dropped(next, error));
    next.on('end', () => dropped(next, new Error('connection ended')));
    try {
      await next.connect();
      await next.query(`LISTEN ${options.channel}`);
    } catch (error) {
      next.removeAllListeners('end');
      next.on('error', () => {});
      await next.end().catch(() => {});
      throw error;
    }
    if (closing) {
      next.removeAllListeners('end');
      await next.end().catch(() => {});
      return;
    }
    client = next;
  }

  function dropped(which: pg.Client, error: unknown): void {
    if (closing || client !== which) return;
    client = null;
    which.removeAllListeners('end');
    which.on('error', () => {});
    void which.end().catch(() => {});
    options.onError(error, 'The live-event LISTEN connection dropped; reconnecting.');
    scheduleReconnect();
  }

  function scheduleReconnect(): void {
    if (closing || timer) return;
    const delay = Math.min(maxDelayMs, minDelayMs * 2 ** attempt) * (0.5 + Math.random() / 2);
    attempt++;
    timer = setTimeout(() => {
      timer = null;
      connect().then(
        () => {
          attempt = 0;
          options.onReconnect();
        },
        (error: unknown) => {
          options.onError(error, 'The live-event LISTEN connection could not reconnect; retrying.');
          scheduleReconnect();
        },
      );
    }, delay);
  }

  await connect();

  return {
    async close() {
      closing = true;
      if (timer) clearTimeout(timer);
      const current = client;
      client = null;
      if (current) {
        current.on('error', () => {});
        await current.end().catch(() => {});
      }
    },
  };
}

import { sql, type Transaction } from 'kysely';
import { eventNames, type LiveEvent, type RoomId } from '../../shared/events.js';
import type { Db } from '../storage/db.js';
import type { Database } from '../storage/schema.js';
import { startPgListener, type PgListener } from './pg-listener.js';
import { createEventPruner } from './retention.js';
import { createEventSeal, noSeal } from './seal.js';
import { RoomFeed, type Deliver, type ReadEvents } from './room-feed.js';
import { eventTypePattern } from './sse.js';

export type LiveHub = {
  /** Appends a numbered event to the room inside `trx` (or its own transaction). Fan-out happens after commit. */
  publish(
    room: RoomId,
    type: string,
    data: unknown,
    trx?: Transaction<Database>,
  ): Promise<LiveEvent>;
  /** Every event after `afterSeq` that is still kept (see retention.ts), in order. */
  since(room: RoomId, afterSeq: number): Promise<LiveEvent[]>;
  /** Live subscription; `deliver` is called with the SSE frame text (serialised once per event per room, shared by all subscribers). */
  subscribe(room: RoomId, afterSeq: number, deliver: Deliver): () => void;
  close(): Promise<void>;
};

export type LiveHubOptions = {
  /** Where read and LISTEN failures go; the server passes its logger. */
  onError?: (error: unknown, message: string) => void;
  /** PostgreSQL `application_name` of the LISTEN connection, so operators (and tests) can find it. */
  listenerName?: string;
  /**
   * CANDOR_HMAC_KEY: event data is sealed with a key derived from it (seal.ts). Without it, data
   * is stored as JSON, which only tests of the hub itself do.
   */
  sealKey?: string;
  /** How long events stay for replay and how often to prune; defaults in retention.ts. */
  retention?: { keepMs?: number; pruneEveryMs?: number };
};

/** The PostgreSQL channel every instance LISTENs on; the payload is `<room>:<seq>`. */
export const liveChannel = 'candor_events';

/**
 * Numbered, resumable live events. SQLite (one instance) fans out in process; PostgreSQL fans
 * out across instances with LISTEN/NOTIFY. Either way a wake-up only says "read this room again":
 * the events themselves always come from the database, after the last one delivered.
 */
export async function createLiveHub(db: Db, options: LiveHubOptions = {}): Promise<LiveHub> {
  const onError =
    options.onError ?? ((error, message) => console.error(`[live] ${message}`, error));
  const feeds = new Map<RoomId, RoomFeed>();
  let closed = false;
  const sealer = options.sealKey ? createEventSeal(options.sealKey) : noSeal;

  const read: ReadEvents = async (room, after, limit, upTo) => {
    let query = db.kysely
      .selectFrom('events')
      .select(['room', 'seq', 'type', 'data', 'at'])
      .where('room', '=', room)
      .where('seq', '>', after);
    if (upTo !== undefined) query = query.where('seq', '<=', upTo);
    const rows = await query.orderBy('seq').limit(limit).execute();
    return rows.map((row) => {
      try {
        return { ...row, data: JSON.parse(sealer.open(row.data)) as unknown };
      } catch {
        // Sealed under an earlier CANDOR_HMAC_KEY: the page refetches what the room shows.
        return { ...row, type: eventNames.reset, data: null };
      }
    });
  };

  const lastSeq = async (room: RoomId): Promise<number> => {
    const row = await db.kysely
      .selectFrom('rooms')
      .select('last_seq')
      .where('room', '=', room)
      .executeTakeFirst();
    return row?.last_seq ?? 0;
  };

  const feedDeps = {
    read,
    lastSeq,
    onError: (error: unknown) => onError(error, 'Live-event delivery failed; retrying.'),
  };

  const wake = (room: RoomId) => feeds.get(room)?.requestPump();
  const pruner = createEventPruner(db, {
    retentionMs: options.retention?.keepMs,
    everyMs: options.retention?.pruneEveryMs,
    onError: (error) => onError(error, 'Pruning old live events failed; will retry later.'),
  });

  let listener: PgListener | null = null;
  if (db.dialect === 'postgres') {
    if (!db.pool) throw new Error('A PostgreSQL Db must carry its pool for the live hub.');
    listener = await startPgListener({
      connection: { ...db.pool.options, application_name: options.listenerName ?? 'candor-live' },
      channel: liveChannel,
      onNotify: (payload) => wake(payload.slice(0, payload.lastIndexOf(':'))),
      onReconnect: () => {
        for (const feed of feeds.values()) feed.requestPump();
      },
      onError,
    });
  }

  async function append(trx: Transaction<Database>, room: RoomId, type: string, data: unknown) {
    const { last_seq: seq } = await trx
      .insertInto('rooms')
      .values({ room, last_seq: 1 })
      // The row lock on the room serialises publishers, so seqs commit in order with no gaps.
      .onConflict((oc) =>
        oc.column('room').doUpdateSet((eb) => ({ last_seq: eb('rooms.last_seq', '+', 1) })),
      )
      .returning('last_seq')
      .executeTakeFirstOrThrow();
    const event: LiveEvent = { room, seq, type, data: data ?? null, at: new Date().toISOString() };
    await trx
      .insertInto('events')
      .values({ room, seq, type, data: sealer.seal(JSON.stringify(event.data)), at: event.at })
      .execute();
    if (db.dialect === 'postgres') {
      // Delivered to every instance (this one too) only if and when the transaction commits.
      await sql`select pg_notify(${liveChannel}, ${`${room}:${seq}`})`.execute(trx);
    }
    return event;
  }

  return {
    async publish(room, type, data, trx) {
      if (!eventTypePattern.test(type)) {
        throw new Error(
          `Live event type "${type}" is invalid; use letters, digits and . _ : - only.`,
        );
      }
      if (trx) {
        const event = await append(trx, room, type, data);
        // SQLite: the read queues behind the caller's transaction on the one connection, so it
        // sees the event only if that commits. PostgreSQL: the NOTIFY wakes us after commit.
        if (db.dialect === 'sqlite') wake(room);
        pruner.maybePrune();
        return event;
      }
      const event = await db.kysely.transaction().execute((own) => append(own, room, type, data));
      wake(room);
      pruner.maybePrune();
      return event;
    },

    async since(room, afterSeq) {
      const events: LiveEvent[] = [];
      for (;;) {
        const batch = await read(room, events.at(-1)?.seq ?? afterSeq, 1000);
        events.push(...batch);
        if (batch.length < 1000) return events;
      }
    },

    subscribe(room, afterSeq, deliver) {
      if (closed) throw new Error('The live hub is closed.');
      let feed = feeds.get(room);
      if (!feed) {
        feed = new RoomFeed(room, feedDeps);
        feeds.set(room, feed);
      }
      const owner = feed;
      const remove = owner.add(afterSeq, deliver);
      return () => {
        remove();
        if (owner.isEmpty && feeds.get(room) === owner) feeds.delete(room);
      };
    },

    async close() {
      if (closed) return;
      closed = true;
      for (const feed of feeds.values()) feed.stop();
      feeds.clear();
      await listener?.close();
      await pruner.idle();
    },
  };
}

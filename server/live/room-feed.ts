import { eventNames, type LiveEvent, type RoomId } from '../../shared/events.js';
import { telemetry } from '../telemetry/telemetry.js';
import { sseFrame } from './sse.js';

export type Deliver = (frame: string, event: LiveEvent) => void;

/** Reads a room's events with `after < seq <= upTo` (no upper bound when omitted), in order. */
export type ReadEvents = (
  room: RoomId,
  after: number,
  limit: number,
  upTo?: number,
) => Promise<LiveEvent[]>;

export type FeedDeps = {
  read: ReadEvents;
  lastSeq: (room: RoomId) => Promise<number>;
  onError: (error: unknown) => void;
};

type Subscriber = { cursor: number; deliver: Deliver; closed: boolean };

const batchSize = 500;
const retryMs = 1000;

/**
 * Fan-out for one room on this instance. All work runs one step at a time on a chain, so a
 * pump (new events to every live subscriber) never interleaves with a catch-up (old events to one
 * new subscriber): each subscriber gets every event after its cursor exactly once, in order.
 * Every read starts from what was delivered, so coalesced or reordered wake-ups lose nothing.
 */
export class RoomFeed {
  /** Subscribers that receive pumped events: each has seen everything up to `last`. */
  private readonly live = new Set<Subscriber>();
  /** Live and still-catching-up subscribers; the feed is unused when this is empty. */
  private readonly all = new Set<Subscriber>();
  /** The highest seq fanned out to live subscribers; null until the chain's first step reads it. */
  private last: number | null = null;
  private chain: Promise<void> = Promise.resolve();
  private pumpQueued = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    readonly room: RoomId,
    private readonly deps: FeedDeps,
  ) {}

  get isEmpty(): boolean {
    return this.all.size === 0;
  }

  /** Adds a subscriber that has seen everything up to `afterSeq`; returns its removal. */
  add(afterSeq: number, deliver: Deliver): () => void {
    const sub: Subscriber = { cursor: afterSeq, deliver, closed: false };
    this.all.add(sub);
    this.enqueue(() => this.catchUp(sub));
    this.requestPump();
    return () => {
      sub.closed = true;
      this.all.delete(sub);
      this.live.delete(sub);
    };
  }

  /** Asks for a read of events after `last`; calls made while one is waiting coalesce. */
  requestPump(): void {
    if (this.pumpQueued) return;
    this.pumpQueued = true;
    this.enqueue(() => {
      this.pumpQueued = false;
      return this.pump();
    });
  }

  stop(): void {
    if (this.retry) clearTimeout(this.retry);
    for (const sub of this.all) sub.closed = true;
    this.all.clear();
    this.live.clear();
  }

  private enqueue(step: () => Promise<void>): void {
    this.chain = this.chain.then(step).catch((error: unknown) => {
      this.deps.onError(error);
      this.scheduleRetry();
    });
  }

  /** A failed read leaves the cursors where they were; try again while anyone listens. */
  private scheduleRetry(): void {
    if (this.retry || this.isEmpty) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.isEmpty) return;
      for (const sub of this.all) {
        if (!this.live.has(sub)) this.enqueue(() => this.catchUp(sub));
      }
      this.requestPump();
    }, retryMs);
    this.retry.unref();
  }

  private async ensureLast(): Promise<number> {
    this.last ??= await this.deps.lastSeq(this.room);
    return this.last;
  }

  private async catchUp(sub: Subscriber): Promise<void> {
    if (sub.closed || this.live.has(sub)) return;
    const last = await this.ensureLast();
    if (sub.cursor > last) {
      // The client claims more than this room holds (for example a reset database): start over at the end.
      sub.cursor = Math.min(sub.cursor, await this.deps.lastSeq(this.room));
    }
    catching: while (sub.cursor < last && !sub.closed) {
      const events = await this.deps.read(this.room, sub.cursor, batchSize, last);
      // Everything up to `last` is committed, so a missing event was pruned: the client must refetch.
      if (events[0]?.seq !== sub.cursor + 1) {
        this.reset(sub, last);
        break;
      }
      for (const event of events) {
        if (sub.closed) return;
        if (event.seq !== sub.cursor + 1) {
          this.reset(sub, last);
          break catching;
        }
        sub.cursor = event.seq;
        safeDeliver(sub, sseFrame(event), event, this.deps.onError);
      }
    }
    if (!sub.closed) this.live.add(sub);
  }

  /**
   * Tells a subscriber that events after its cursor are gone (pruned), so it must refetch what it
   * shows, and moves it to `seq`: the reset carries that seq as its id, so the client resumes from there.
   */
  private reset(sub: Subscriber, seq: number): void {
    const event: LiveEvent = {
      room: this.room,
      seq,
      type: eventNames.reset,
      data: { missedAfter: sub.cursor },
      at: new Date().toISOString(),
    };
    sub.cursor = seq;
    safeDeliver(sub, sseFrame(event), event, this.deps.onError);
  }

  private async pump(): Promise<void> {
    if (this.isEmpty) return;
    let after = await this.ensureLast();
    for (;;) {
      const events = await this.deps.read(this.room, after, batchSize);
      for (const event of events) {
        const frame = sseFrame(event); // Once per event per room, shared by every connection.
        for (const sub of this.live) {
          if (event.seq <= sub.cursor) continue;
          // Seqs commit in order without gaps, so a hole here was pruned before it was read.
          if (event.seq > sub.cursor + 1) this.reset(sub, event.seq - 1);
          sub.cursor = event.seq;
          safeDeliver(sub, frame, event, this.deps.onError);
        }
        if (this.live.size > 0) telemetry.fanOutLag(Date.now() - Date.parse(event.at));
        after = event.seq;
        this.last = after;
      }
      if (events.length < batchSize) return;
    }
  }
}

function safeDeliver(
  sub: Subscriber,
  frame: string,
  event: LiveEvent,
  onError: (e: unknown) => void,
): void {
  try {
    sub.deliver(frame, event);
  } catch (error) {
    onError(error); // One broken connection must not stop the others.
  }
}

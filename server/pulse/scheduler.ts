import { startTicker } from '../ticker.js';
import { randomUUID } from 'node:crypto';
import { sql, type SelectQueryBuilder } from 'kysely';
import type { MembershipService } from '../graph/types.js';
import { defaultLimits } from '../limits/limits.js';
import type { LiveHub } from '../live/hub.js';
import type { Db } from '../storage/db.js';
import type { Database } from '../storage/schema.js';
import { publishPulseChanged } from './access.js';
import { closePulse, forgetAnswerArrivals } from './lifecycle.js';
import { forgetPending } from '../storage/forget.js';
import type { PulseActivity, PulseNotifier } from './notifier.js';
import type { PulseRow } from './queries.js';
import { telemetry } from '../telemetry/telemetry.js';

export type SchedulerLogger = {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
};

export type PulseSchedulerDeps = {
  db: Db;
  hub: LiveHub;
  membership: MembershipService;
  notifier: PulseNotifier;
  logger: SchedulerLogger;
  /** Default 20 s. */
  intervalMs?: number;
  now?: () => Date;
  /** How long a claimed notification stays with one instance before another may retry it. Default 5 min. */
  notifyLeaseMs?: number;
  /** Activity-feed notifications one team may get per hour, on all instances together. */
  notificationsPerTeamPerHour?: number;
};

export type PulseScheduler = {
  /** One pass over due work. Safe to run on many instances at once: row locks share it out. */
  tick(): Promise<void>;
  stop(): Promise<void>;
};

/** Rows claimed per statement, so one tick never holds a long transaction. */
const batch = 50;
const hourMs = 60 * 60_000;

/**
 * Opens due pulses, closes finished ones (N from Graph, responses reshuffled, next instance of a
 * recurring series), and sends the "opened" and "closing soon" notifications. Work is claimed
 * with `for update skip locked` on PostgreSQL, so each item runs on exactly one instance;
 * SQLite runs one instance, whose transactions are serial.
 */
export function startPulseScheduler(deps: PulseSchedulerDeps): PulseScheduler {
  // Never overlaps its own ticks; other instances are kept apart by the row locks.
  return startTicker(createPulseScheduler(deps).tick, deps.intervalMs ?? 20_000);
}

/** The scheduler's work without a timer; tests call `tick()` themselves. */
export function createPulseScheduler(deps: PulseSchedulerDeps): Pick<PulseScheduler, 'tick'> {
  const { db, hub, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const leaseMs = deps.notifyLeaseMs ?? 5 * 60_000;
  const perHour = deps.notificationsPerTeamPerHour ?? defaultLimits.notificationsPerTeamPerHour;

  /** `for update skip locked` on PostgreSQL: rows another instance is working on are left to it. */
  const claim = <O>(query: SelectQueryBuilder<Database, 'pulses', O>) =>
    db.dialect === 'postgres' ? query.forUpdate().skipLocked() : query;

  async function openDue(at: string): Promise<void> {
    await db.kysely.transaction().execute(async (trx) => {
      const due = await claim(
        trx
          .selectFrom('pulses')
          .selectAll()
          .where('status', '=', 'scheduled')
          .where('opens_at', '<=', at)
          .where('closes_at', '>', at)
          .limit(batch),
      ).execute();
      for (const pulse of due) {
        await trx
          .updateTable('pulses')
          .set({ status: 'open' })
          .where('id', '=', pulse.id)
          .execute();
        await publishPulseChanged(hub, trx, pulse);
      }
    });
  }

  async function closeDue(clock: Date): Promise<void> {
    const at = clock.toISOString();
    const due = await db.kysely
      .selectFrom('pulses')
      .select(['id', 'tenant_id', 'team_id'])
      .where('status', 'in', ['open', 'scheduled'])
      .where('closes_at', '<=', at)
      .limit(batch)
      .execute();
    const closed: string[] = [];
    for (const candidate of due) {
      let invited: number;
      try {
        // Read before taking the lock: Graph may be slow. Answers stopped at closes_at anyway.
        const list = await deps.membership.members(candidate.tenant_id, {
          kind: 'team',
          id: candidate.team_id,
        });
        invited = list.members.length;
      } catch (error) {
        logger.warn(
          { err: describe(error), pulseId: candidate.id },
          'Cannot read the team size from Graph to close a pulse; will retry on the next tick',
        );
        continue;
      }
      await db.kysely.transaction().execute(async (trx) => {
        const pulse = await claim(
          trx
            .selectFrom('pulses')
            .selectAll()
            .where('id', '=', candidate.id)
            .where('status', 'in', ['open', 'scheduled'])
            .where('closes_at', '<=', at),
        ).executeTakeFirst();
        if (pulse) {
          await closePulse(trx, hub, pulse, invited, clock);
          closed.push(pulse.id);
        }
      });
    }
    // After the commits, once for the batch: old copies of the answers must not outlive them.
    if (closed.length > 0) await forgetAnswerArrivals(db, logger, closed);
  }

  // The first tick also clears what a stopped process (crash, deploy) left between a close's
  // commit and its clean-up; later ticks retry only what an earlier clean-up could not finish.
  let started = false;
  async function forgetLeftovers(): Promise<void> {
    if (started) {
      await forgetPending(db, logger);
    } else {
      started = true;
      await forgetAnswerArrivals(db, logger);
    }
  }

  /** Claims pulses owing a notification by leasing them, then sends outside any transaction. */
  async function notifyDue(clock: Date): Promise<void> {
    const at = clock.toISOString();
    const claimed = await db.kysely.transaction().execute(async (trx) => {
      const rows = await claim(
        trx
          .selectFrom('pulses')
          .selectAll()
          .where('status', '=', 'open')
          .where('closes_at', '>', at)
          .where((eb) =>
            eb.or([eb('notify_lease_until', 'is', null), eb('notify_lease_until', '<', at)]),
          )
          .where((eb) =>
            eb.or([
              eb('notified_open', '=', 0),
              eb.and([eb('notified_closing', '=', 0), eb('remind_at', '<=', at)]),
            ]),
          )
          .limit(batch),
      ).execute();
      if (rows.length > 0) {
        await trx
          .updateTable('pulses')
          .set({ notify_lease_until: new Date(clock.getTime() + leaseMs).toISOString() })
          .where(
            'id',
            'in',
            rows.map((r) => r.id),
          )
          .execute();
      }
      return rows;
    });
    if (claimed.length > 0) {
      await db.kysely
        .deleteFrom('team_notifications')
        .where('sent_at', '<=', new Date(clock.getTime() - hourMs).toISOString())
        .execute();
    }
    for (const pulse of claimed) await notifyOne(pulse, clock);
  }

  /**
   * Books one of the team's notifications for this hour: the id of the booking, or, when the hour
   * is used up, when the next one frees. On PostgreSQL a lock per team makes the count and the
   * booking one step across instances, so the quota holds however many run.
   */
  async function bookNotification(
    pulse: PulseRow,
    clock: Date,
  ): Promise<{ id: string } | { freesAt: string }> {
    return db.kysely.transaction().execute(async (trx) => {
      if (db.dialect === 'postgres') {
        await sql`select pg_advisory_xact_lock(hashtext(${`candor-notify:${pulse.tenant_id}:${pulse.team_id}`}))`.execute(
          trx,
        );
      }
      const sent = await trx
        .selectFrom('team_notifications')
        .select('sent_at')
        .where('tenant_id', '=', pulse.tenant_id)
        .where('team_id', '=', pulse.team_id)
        .where('sent_at', '>', new Date(clock.getTime() - hourMs).toISOString())
        .orderBy('sent_at', 'desc')
        .limit(perHour)
        .execute();
      if (sent.length >= perHour) {
        const oldest = Date.parse(sent[sent.length - 1]!.sent_at);
        return { freesAt: new Date(oldest + hourMs).toISOString() };
      }
      const id = randomUUID();
      await trx
        .insertInto('team_notifications')
        .values({
          id,
          tenant_id: pulse.tenant_id,
          team_id: pulse.team_id,
          sent_at: clock.toISOString(),
        })
        .execute();
      return { id };
    });
  }

  async function notifyOne(pulse: PulseRow, clock: Date): Promise<void> {
    const at = clock.toISOString();
    // Just opened and already inside the reminder window: one notification is enough.
    const reminderDue = pulse.remind_at !== null && pulse.remind_at <= at;
    const activity: PulseActivity = pulse.notified_open === 0 ? 'pulseOpened' : 'pulseClosingSoon';
    const booking = await bookNotification(pulse, clock);
    if ('freesAt' in booking) {
      // Over the team's hourly quota: no instance claims this pulse again until a slot frees.
      await db.kysely
        .updateTable('pulses')
        .set({ notify_lease_until: booking.freesAt })
        .where('id', '=', pulse.id)
        .execute();
      logger.warn(
        { pulseId: pulse.id, activity, until: booking.freesAt, perHour },
        "A team's hourly activity-feed notification quota is used up; the notification waits",
      );
      return;
    }
    try {
      await deps.notifier.notify({
        tenantId: pulse.tenant_id,
        teamId: pulse.team_id,
        activity,
        pulseTitle: pulse.title,
      });
    } catch (error) {
      // The lease runs out and a later tick (on any instance) tries again; nothing was sent.
      await db.kysely.deleteFrom('team_notifications').where('id', '=', booking.id).execute();
      logger.warn(
        { err: describe(error), pulseId: pulse.id, activity },
        'Sending a pulse notification through Graph failed; will retry later',
      );
      return;
    }
    await db.kysely
      .updateTable('pulses')
      .set({
        notified_open: 1,
        notified_closing: activity === 'pulseClosingSoon' || reminderDue ? 1 : 0,
        notify_lease_until: null,
      })
      .where('id', '=', pulse.id)
      .execute();
  }

  return {
    async tick() {
      const clock = now();
      const started = Date.now(); // Not `now()`: tests move that clock.
      // Each step stands alone: a failure in one (say, Graph) must not stop the others.
      const steps: [string, () => Promise<void>][] = [
        ['open', () => openDue(clock.toISOString())],
        ['close', () => closeDue(clock)],
        ['notify', () => notifyDue(clock)],
        ['forget', forgetLeftovers],
      ];
      const failed: string[] = [];
      for (const [name, step] of steps) {
        try {
          await step();
        } catch (error) {
          failed.push(name);
          logger.error({ err: describe(error), step: name }, 'Pulse scheduler step failed');
        }
      }
      telemetry.schedulerRun(failed, Date.now() - started);
    },
  };
}

function describe(error: unknown): { name: string; message: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'unknown', message: String(error) };
}

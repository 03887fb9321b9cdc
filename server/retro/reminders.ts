import { startTicker, type Ticker } from '../ticker.js';
import type { Db } from '../storage/db.js';
import type { SchedulerLogger } from '../pulse/scheduler.js';
import type { ReminderNotifier } from './reminder-notifier.js';

export type ReminderSchedulerDeps = {
  db: Db;
  notifier: ReminderNotifier;
  logger: SchedulerLogger;
  /** Default 15 s. */
  intervalMs?: number;
  now?: () => Date;
  /** How long a claimed reminder stays with one instance (say it dies mid-send). Default 5 min. */
  leaseMs?: number;
  /** Sends tried at most, failures included; then the reminder is given up. Default 5. */
  maxAttempts?: number;
  /** The wait after the first failure; it doubles with each further one. Default 1 min. */
  retryAfterMs?: number;
};

export type ReminderScheduler = Ticker;

const batch = 50;

/** Sends due "the next retro is open for cards" reminders on a timer, on every instance. */
export function startReminderScheduler(deps: ReminderSchedulerDeps): ReminderScheduler {
  return startTicker(createReminderScheduler(deps).tick, deps.intervalMs ?? 15_000);
}

/**
 * One pass over due reminders. Each is claimed with a conditional update (pending, lease free) that
 * only one instance can win, then sent outside any transaction. A reminder is dropped, not sent,
 * once its retro has ended or left Gather, or its meeting has begun; a failed send is tried again
 * later, a bounded number of times.
 */
export function createReminderScheduler(
  deps: ReminderSchedulerDeps,
): Pick<ReminderScheduler, 'tick'> {
  const { db, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const leaseMs = deps.leaseMs ?? 5 * 60_000;
  const maxAttempts = deps.maxAttempts ?? 5;
  const retryAfterMs = deps.retryAfterMs ?? 60_000;

  async function claim(retroId: string, at: string): Promise<number | null> {
    const claimed = await db.kysely
      .updateTable('retro_reminders')
      .set((eb) => ({
        lease_until: new Date(Date.parse(at) + leaseMs).toISOString(),
        attempts: eb('attempts', '+', 1),
      }))
      .where('retro_id', '=', retroId)
      .where('status', '=', 'pending')
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', at)]))
      .returning('attempts')
      .executeTakeFirst();
    return claimed?.attempts ?? null;
  }

  const settle = (retroId: string, status: 'sent' | 'dropped' | 'failed', at: string) =>
    db.kysely
      .updateTable('retro_reminders')
      .set({ status, lease_until: null, sent_at: status === 'sent' ? at : null })
      .where('retro_id', '=', retroId)
      .execute();

  async function remindOne(
    reminder: { retro_id: string; tenant_id: string; chat_id: string; meeting_start: string },
    clock: Date,
  ): Promise<void> {
    const at = clock.toISOString();
    const attempts = await claim(reminder.retro_id, at);
    if (attempts === null) return; // Another instance has it.
    const retro = await db.kysely
      .selectFrom('retros')
      .select(['status', 'phase', 'title'])
      .where('id', '=', reminder.retro_id)
      .executeTakeFirst();
    if (
      !retro ||
      retro.status !== 'active' ||
      retro.phase !== 'gather' ||
      reminder.meeting_start <= at
    ) {
      await settle(reminder.retro_id, 'dropped', at);
      return;
    }
    try {
      await deps.notifier.remind({
        tenantId: reminder.tenant_id,
        chatId: reminder.chat_id,
        retroTitle: retro.title,
      });
    } catch (error) {
      const givingUp = attempts >= maxAttempts;
      if (givingUp) {
        await settle(reminder.retro_id, 'failed', at);
      } else {
        const wait = retryAfterMs * 2 ** (attempts - 1);
        await db.kysely
          .updateTable('retro_reminders')
          .set({ lease_until: new Date(clock.getTime() + wait).toISOString() })
          .where('retro_id', '=', reminder.retro_id)
          .execute();
      }
      logger.warn(
        { err: describe(error), retroId: reminder.retro_id, attempts, givingUp },
        givingUp
          ? 'Sending a retro reminder through Graph failed too often; giving it up'
          : 'Sending a retro reminder through Graph failed; will retry later',
      );
      return;
    }
    await settle(reminder.retro_id, 'sent', at);
  }

  return {
    async tick() {
      const clock = now();
      const at = clock.toISOString();
      try {
        const due = await db.kysely
          .selectFrom('retro_reminders')
          .select(['retro_id', 'tenant_id', 'chat_id', 'meeting_start'])
          .where('status', '=', 'pending')
          .where('remind_at', '<=', at)
          .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', at)]))
          .orderBy('remind_at')
          .limit(batch)
          .execute();
        for (const reminder of due) await remindOne(reminder, clock);
      } catch (error) {
        logger.error({ err: describe(error) }, 'Retro reminder step failed');
      }
    },
  };
}

function describe(error: unknown): { name: string; message: string } {
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'unknown', message: String(error) };
}

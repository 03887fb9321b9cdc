/**
 * A year of weekly pulses for demo teams, through the pulse domain's own write paths: the owner
 * creates a weekly series (createPulse), members answer (submitResponse, receipts and all), and
 * the real scheduler opens and closes each instance (N from Graph, responses reshuffled).
 */
import { createPulseSchema, submitResponseSchema } from '../../shared/pulse/api.js';
import { requireOwner } from '../../server/access.js';
import { requirePulseAccess, type PulseDeps } from '../../server/pulse/access.js';
import { createPulse, withDefaults } from '../../server/pulse/create.js';
import { english } from '../../server/i18n.js';
import type { PulseNotifier } from '../../server/pulse/notifier.js';
import { nthOpening } from '../../server/pulse/recurrence.js';
import { submitResponse } from '../../server/pulse/respond.js';
import { createPulseScheduler } from '../../server/pulse/scheduler.js';
import type { SeedTeam } from '../seed.js';
import type { Actors } from './actors.js';
import {
  answersFor,
  firstPulseWindow,
  pickOne,
  pulseComments,
  respondents,
  sample,
  seededRandom,
  type TeamProfile,
} from './plan.js';

export type DemoPulseTeam = { team: SeedTeam; profile: TeamProfile; seed: number };

/** Historic "opened" and "closing soon" notifications would only spam the activity feed. */
const quietNotifier: PulseNotifier = { notify: async () => undefined };

export const demoPulseTitle = 'Weekly psychological safety pulse';

/**
 * Runs the weekly series of each team from a year ago up to `today`. Teams that already have a
 * pulse are left alone, so real data is never mixed with demo history. Returns the teams seeded.
 */
export async function generatePulses(
  deps: PulseDeps,
  actors: Actors,
  teams: readonly DemoPulseTeam[],
  today: Date,
): Promise<string[]> {
  const todo: DemoPulseTeam[] = [];
  for (const entry of teams) {
    const existing = await deps.db.kysely
      .selectFrom('pulse_series')
      .select('id')
      .where('tenant_id', '=', entry.team.tenantId)
      .where('team_id', '=', entry.team.id)
      .executeTakeFirst();
    if (!existing) todo.push(entry);
  }
  if (todo.length === 0) return [];

  const first = firstPulseWindow(today);
  const duration = first.closesAt.getTime() - first.opensAt.getTime();
  const clock = { now: first.opensAt };
  const failures: string[] = [];
  const scheduler = createPulseScheduler({
    db: deps.db,
    hub: deps.hub,
    membership: deps.membership,
    notifier: quietNotifier,
    now: () => clock.now,
    logger: {
      warn: (_details, message) => failures.push(message),
      error: (_details, message) => failures.push(message),
    },
  });
  const tick = async (at: Date): Promise<void> => {
    clock.now = at;
    await scheduler.tick();
    if (failures.length > 0) {
      throw new Error(`The pulse scheduler failed while generating demo data: ${failures[0]}.`);
    }
  };

  const seriesIds = new Map<string, string>();
  for (const { team, profile } of todo) {
    seriesIds.set(team.id, await createSeries(deps, actors, team, profile, first, first.opensAt));
  }

  const randoms = new Map(todo.map((entry) => [entry.team.id, seededRandom(entry.seed)]));
  for (let week = 0; ; week++) {
    const opensAt = nthOpening(first.opensAt, 'weekly', week);
    const closesAt = new Date(opensAt.getTime() + duration);
    // This week's pulse is left to the real scheduler, so people can answer it themselves.
    if (closesAt > today) break;
    await tick(opensAt);
    for (const { team, profile } of todo) {
      const random = randoms.get(team.id) ?? seededRandom(0);
      const pulseId = await instanceOpening(deps, seriesIds.get(team.id), opensAt);
      const memberIds = team.members.map((m) => m.userId);
      const who = sample(random, memberIds, respondents(random, profile, memberIds.length, week));
      for (const [i, userId] of who.entries()) {
        // Spread over the open window: a response's time is never stored, but the clock still checks it.
        const at = new Date(opensAt.getTime() + ((i + 0.5) / who.length) * (duration - 60_000));
        const user = actors.get(userId);
        const body = submitResponseSchema.parse({
          answers: answersFor(random, profile.mood(week)),
          comment: random() < profile.commentRate ? pickOne(random, pulseComments) : null,
        });
        await requirePulseAccess(deps, user, pulseId);
        await submitResponse(deps.db, deps.config.hmacKey, user, pulseId, body, at);
      }
    }
    await tick(closesAt);
  }
  return todo.map((entry) => entry.team.id);
}

async function createSeries(
  deps: PulseDeps,
  actors: Actors,
  team: SeedTeam,
  profile: TeamProfile,
  first: { opensAt: Date; closesAt: Date },
  now: Date,
): Promise<string> {
  const ownerId = team.members.find((m) => m.role === 'owner')?.userId;
  if (!ownerId) throw new Error(`Demo team ${team.displayName} has no owner; see devhost/seed.ts.`);
  const owner = actors.get(ownerId);
  const access = await requireOwner(deps.membership, owner, { kind: 'team', id: team.id });
  const body = withDefaults(
    createPulseSchema.parse({
      title: demoPulseTitle,
      opensAt: first.opensAt.toISOString(),
      closesAt: first.closesAt.toISOString(),
      recurrence: 'weekly',
      k: profile.k,
    }),
    english,
  );
  const pulse = await deps.db.kysely
    .transaction()
    .execute((trx) => createPulse(trx, deps.hub, owner, team.id, access, body, now));
  return pulse.series_id;
}

/** The open instance of a series for one opening; the scheduler has just opened it. */
async function instanceOpening(
  deps: PulseDeps,
  seriesId: string | undefined,
  opensAt: Date,
): Promise<string> {
  const row = await deps.db.kysely
    .selectFrom('pulses')
    .select(['id', 'status'])
    .where('series_id', '=', seriesId ?? '')
    .where('opens_at', '=', opensAt.toISOString())
    .executeTakeFirst();
  if (row?.status !== 'open') {
    throw new Error(
      `The demo pulse opening ${opensAt.toISOString()} is ${row?.status ?? 'missing'}, not open. Delete the data directory and run npm start again.`,
    );
  }
  return row.id;
}

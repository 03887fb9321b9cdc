import type { PulsePrompt } from '../../shared/retro/api.js';
import { pulsePromptSchema } from '../../shared/retro/api.js';
import { scoredItem100 } from '../../shared/pulse/stats.js';
import { conflict } from '../http-errors.js';
import type { Db } from '../storage/db.js';
import { pulseAggregates } from '../trends/pulse-aggregates.js';
import { trendChanges, trendPoint } from '../trends/pulse-trend.js';
import type { PulseWithSeries, Q } from './queries.js';

/** How many of the lowest statements a retro is asked to talk about. */
const lowestCount = 2;

/**
 * The prompt a released pulse sends into a retro, built from the figures the trends show, under
 * the same thresholds: nothing of a pulse below k, no withheld statement, and a change only
 * between two released pulses with the same statements. Refuses (409) a pulse without results.
 */
export async function promptFor(db: Db, pulse: PulseWithSeries): Promise<PulsePrompt> {
  if (pulse.status !== 'closed') throw conflict('prompts.error.notClosed');
  const aggregates = await pulseAggregates(db, {
    tenantId: pulse.tenant_id,
    teamId: pulse.team_id,
    since: null,
    sharedOnly: false,
  });
  const points = aggregates.map(trendPoint);
  const point = points.find((p) => p.pulse.pulseId === pulse.id)?.pulse;
  if (point?.status !== 'released') throw conflict('prompts.error.notReleased');
  const statements = point.items
    .flatMap((item) =>
      item.status === 'released'
        ? [{ itemId: item.itemId, score100: scoredItem100(item.mean, item.reversed) }]
        : [],
    )
    .sort((a, b) => a.score100 - b.score100)
    .slice(0, lowestCount);
  if (statements.length === 0) throw conflict('prompts.error.noStatements');
  const change = trendChanges(points).find((c) => c.toPulseId === pulse.id)?.change;
  return pulsePromptSchema.parse({
    pulseId: pulse.id,
    pulseTitle: pulse.title,
    closedAt: point.closedAt,
    score100: point.score100,
    statements,
    change:
      change?.kind === 'change'
        ? { direction: change.direction, difference100: (change.difference / 6) * 100 }
        : null,
  });
}

/**
 * The meeting series a team's prompts go to: meetings linked to the team in trends, and meetings
 * whose retros already belong to the team (channel meetings).
 */
export async function teamMeetingChats(q: Q, tenantId: string, teamId: string): Promise<string[]> {
  const [links, retros] = await Promise.all([
    q
      .selectFrom('team_meeting_links')
      .select('chat_id')
      .where('tenant_id', '=', tenantId)
      .where('team_id', '=', teamId)
      .execute(),
    q
      .selectFrom('retros')
      .select('chat_id')
      .distinct()
      .where('tenant_id', '=', tenantId)
      .where('team_id', '=', teamId)
      .execute(),
  ]);
  return [...new Set([...links, ...retros].map((row) => row.chat_id))].sort();
}

/** Stores the prompt for each of the team's meeting series; sending the same pulse again is a no-op. */
export async function sendPrompts(
  q: Q,
  pulse: PulseWithSeries,
  prompt: PulsePrompt,
  chats: readonly string[],
  sentBy: string,
  now: Date,
): Promise<void> {
  if (chats.length === 0) return;
  await q
    .insertInto('retro_pulse_prompts')
    .values(
      chats.map((chatId) => ({
        tenant_id: pulse.tenant_id,
        chat_id: chatId,
        pulse_id: pulse.id,
        team_id: pulse.team_id,
        prompt: JSON.stringify(prompt),
        sent_by: sentBy,
        sent_at: now.toISOString(),
      })),
    )
    .onConflict((oc) => oc.columns(['tenant_id', 'chat_id', 'pulse_id']).doNothing())
    .execute();
}

/**
 * Fortnightly retros in a demo meeting, run phase by phase through the retro domain's own write
 * paths (createRetro, executeCommand: the phase machine, keyed hashes, carry-over of action items).
 */
import type { Member } from '../../shared/api.js';
import {
  createRetroSchema,
  retroCommandSchema,
  type RetroCommand,
  type RetroView,
} from '../../shared/retro/api.js';
import type { TemplateId } from '../../shared/retro/templates.js';
import { requireMember } from '../../server/access.js';
import { requireRetroAccess, type RetroDeps } from '../../server/retro/access.js';
import { callerView, executeCommand } from '../../server/retro/commands.js';
import { createRetro } from '../../server/retro/create.js';
import { hashesFor } from '../../server/retro/hashing.js';
import type { SeedMeeting } from '../seed.js';
import type { Actors } from './actors.js';
import {
  actionTexts,
  cardTexts,
  discussionNotes,
  fallbackCardTexts,
  groupTitles,
} from './phrases.js';
import { pickOne, retroTimes, sample, seededRandom, type Random } from './plan.js';

const dayMs = 24 * 60 * 60 * 1000;
const templates: readonly Exclude<TemplateId, 'custom'>[] = [
  'start-stop-continue',
  'mad-sad-glad',
  '4ls',
  'sailboat',
];
/** Days from the retro to an action item's due date: some fall before the next retro, some after. */
const dueInDays = [10, 14, 21, 28] as const;
/** An item still open this long after its retro is no longer reviewed. */
const forgottenAfterMs = 30 * dayMs;

type Retro = { id: string; members: Member[]; clock: Date };

/**
 * Holds a retro every 14 days for the past year in `meeting`'s chat, unless the chat already has
 * one (real data is never mixed with demo history). Returns how many retros were held.
 */
export async function generateRetros(
  deps: RetroDeps,
  actors: Actors,
  meeting: SeedMeeting,
  today: Date,
  seed = 7,
): Promise<number> {
  const existing = await deps.db.kysely
    .selectFrom('retros')
    .select('id')
    .where('tenant_id', '=', meeting.tenantId)
    .where('chat_id', '=', meeting.chatId)
    .executeTakeFirst();
  if (existing) return 0;

  const random = seededRandom(seed);
  const people = meeting.members.map((m) => m.userId);
  const times = retroTimes(today);
  for (const [index, startsAt] of times.entries()) {
    // The organiser usually facilitates; now and then someone else takes a turn.
    const facilitator = index % 4 === 3 ? (people[1] ?? meeting.organizerId) : meeting.organizerId;
    const others = people.filter((id) => id !== facilitator);
    const attendees = [facilitator, ...sample(random, others, 3 + Math.floor(random() * 3))];
    const retro = await startRetro(deps, actors, meeting, facilitator, index, startsAt);
    await runRetro(deps, actors, retro, random, {
      facilitator,
      attendees,
      index,
      count: times.length,
    });
  }
  return times.length;
}

async function startRetro(
  deps: RetroDeps,
  actors: Actors,
  meeting: SeedMeeting,
  facilitatorId: string,
  index: number,
  startsAt: Date,
): Promise<Retro> {
  const user = actors.get(facilitatorId);
  const access = await requireMember(deps.membership, user, { kind: 'chat', id: meeting.chatId });
  const body = createRetroSchema.parse({
    chatId: meeting.chatId,
    title: `${meeting.subject} retro ${startsAt.toISOString().slice(0, 10)}`,
    templateId: templates[index % templates.length],
  });
  const row = await deps.db.kysely
    .transaction()
    .execute((trx) => createRetro(deps, trx, user, access.members, body, startsAt));
  return { id: row.id, members: access.members, clock: startsAt };
}

/** One command as `userId`, a little later than the last one, as the commands route runs it. */
async function issue(
  deps: RetroDeps,
  actors: Actors,
  retro: Retro,
  userId: string,
  command: RetroCommand,
): Promise<RetroView> {
  retro.clock = new Date(retro.clock.getTime() + 30_000);
  const user = actors.get(userId);
  const { access } = await requireRetroAccess(deps, user, retro.id);
  const parsed = retroCommandSchema.parse(command);
  const input = {
    retroId: retro.id,
    user,
    hashes: hashesFor(deps.config.hmacKey, user.tenantId, retro.id, user.userId),
    members: access.members,
    command: parsed,
    now: retro.clock,
  };
  return deps.db.kysely.transaction().execute(async (trx) => {
    await executeCommand(deps, trx, input);
    return callerView(deps, trx, input);
  });
}

type Cast = { facilitator: string; attendees: string[]; index: number; count: number };

async function runRetro(
  deps: RetroDeps,
  actors: Actors,
  retro: Retro,
  random: Random,
  cast: Cast,
): Promise<void> {
  const run = (userId: string, command: RetroCommand) =>
    issue(deps, actors, retro, userId, command);
  const advance = () => run(cast.facilitator, { type: 'advance' });
  // Safety rises over the year, like the team's pulses.
  const warmth = cast.index / Math.max(1, cast.count - 1);

  // Check-in: the anonymous safety check.
  for (const userId of cast.attendees) {
    const value = Math.round(Math.min(5, Math.max(1, 3 + 1.5 * warmth + (random() - 0.4) * 2)));
    await run(userId, { type: 'answerSafety', value });
  }

  // Review: most carried-over items get done, a few dropped, the rest stay open; items nobody
  // finished within two retros are forgotten, and go overdue.
  let view = await advance();
  for (const item of view.review) {
    if (item.from && retro.clock.getTime() - Date.parse(item.from.date) > forgottenAfterMs)
      continue;
    const roll = random();
    const status = roll < 0.6 ? 'done' : roll < 0.7 ? 'dropped' : null;
    if (!status) continue;
    const by = cast.attendees.includes(item.owner.userId) ? item.owner.userId : cast.facilitator;
    await run(by, { type: 'reviewItem', actionId: item.id, status });
  }

  // Gather, reveal, group.
  view = await advance();
  const columns = view.columns.map((c) => c.id);
  const cardIds: string[] = [];
  for (const userId of cast.attendees) {
    for (let n = 1 + Math.floor(random() * 2); n > 0; n--) {
      const columnId = pickOne(random, columns);
      const text = pickOne(random, cardTexts[columnId] ?? fallbackCardTexts);
      const after = await run(userId, { type: 'addCard', columnId, text });
      const mine = after.cards.filter((c) => c.mine).map((c) => c.id);
      const added = mine.find((id) => !cardIds.includes(id));
      if (added) cardIds.push(added);
    }
  }
  await run(cast.facilitator, { type: 'reveal' });
  await advance();
  if (cardIds.length >= 4) {
    await run(cast.facilitator, {
      type: 'createGroup',
      cardIds: cardIds.slice(0, 2),
      title: pickOne(random, groupTitles),
    });
  }

  // Vote: loose cards become groups of one as the vote starts.
  view = await advance();
  const groupIds = view.groups.map((g) => g.id);
  for (const userId of cast.attendees) {
    for (const groupId of sample(random, groupIds, 2 + Math.floor(random() * 2))) {
      await run(userId, { type: 'vote', groupId, delta: 1 });
    }
  }

  // Discuss the top topic, then agree actions with owners and due dates.
  view = await advance();
  const top = view.discussion.order[0] ?? null;
  if (top) {
    await run(cast.facilitator, { type: 'focusTopic', groupId: top });
    await run(cast.facilitator, {
      type: 'addNote',
      groupId: top,
      text: pickOne(random, discussionNotes),
    });
  }
  await advance();
  for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
    const due = new Date(retro.clock.getTime() + pickOne(random, dueInDays) * dayMs);
    await run(cast.facilitator, {
      type: 'addAction',
      text: pickOne(random, actionTexts),
      ownerId: pickOne(random, cast.attendees),
      dueDate: due.toISOString().slice(0, 10),
      groupId: n === 1 ? top : null,
    });
  }

  // Close: the anonymous return on time invested, then end.
  await advance();
  for (const userId of cast.attendees) {
    const value = Math.round(Math.min(5, Math.max(1, 3.2 + warmth + (random() - 0.5) * 2)));
    await run(userId, { type: 'answerRoti', value });
  }
  await run(cast.facilitator, { type: 'end' });
}

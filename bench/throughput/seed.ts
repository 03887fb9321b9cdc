import { randomBytes } from 'node:crypto';
import { insertInstance } from '../../server/pulse/lifecycle.js';
import { findPulse } from '../../server/pulse/queries.js';
import { demo, type EntraFakes } from '../../server/test-support/entra-fakes.js';
import { personClient, type RetroTestApp } from '../../server/test-support/retro-app.js';

const team = demo.customerSuccess;

/** The team's owners first, then members (no guests): the people who send the load. */
export async function benchPeople(fakes: EntraFakes, count: number): Promise<string[]> {
  const people = [...team.members]
    .filter((m) => m.role !== 'guest')
    .sort((a, b) => Number(b.role === 'owner') - Number(a.role === 'owner'))
    .slice(0, count);
  if (people.length < count) throw new Error(`The Customer Success team has < ${count} members.`);
  return Promise.all(people.map((m) => fakes.idp.issueUserToken(m.userId)));
}

/** A meeting chat of the Customer Success people in the fake Graph. */
function addBenchMeeting(fakes: EntraFakes): string {
  const chatId = `19:meeting_bench${randomBytes(8).toString('hex')}@thread.v2`;
  const template = demo.weeklySync;
  fakes.graph.data.meetings.push({
    ...template,
    id: Buffer.from(`1*${template.organizerId}*0**${chatId}`).toString('base64'),
    subject: 'Throughput bench retro',
    chatId,
    members: team.members.map((m) => ({ ...m })),
  });
  return chatId;
}

export const benchColumns = ['start', 'stop', 'continue'];

/**
 * A new retro that starts in the gather phase (check-in and review skipped), through the API, in a
 * meeting of its own (a meeting runs one retro at a time).
 */
export async function createGatherRetro(
  target: RetroTestApp,
  fakes: EntraFakes,
  token: string,
): Promise<string> {
  const facilitator = personClient(() => target.app, token);
  const created = await facilitator.post('/api/retros', {
    chatId: addBenchMeeting(fakes),
    templateId: 'start-stop-continue',
    options: { skip: ['checkin', 'review'] },
  });
  const retro = (created.body as { retro?: { id: string; phase: string } }).retro;
  if (created.status !== 201 || retro?.phase !== 'gather') {
    throw new Error(`Creating the bench retro in the gather phase failed: ${created.raw}`);
  }
  return retro.id;
}

/**
 * `count` open pulses of the team. A person answers a pulse once (a second answer is a 409), so
 * each pulse takes one answer per person. The first is created through the API; the rest are
 * further openings of its series, inserted as the scheduler inserts them.
 */
export async function createOpenPulses(
  target: RetroTestApp,
  ownerToken: string,
  count: number,
): Promise<string[]> {
  const owner = personClient(() => target.app, ownerToken);
  const now = Date.now();
  const closesAt = new Date(now + 86_400_000);
  const created = await owner.post(`/api/teams/${team.id}/pulses`, {
    title: 'Throughput bench pulse',
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: closesAt.toISOString(),
  });
  const first = (created.body as { pulse?: { id: string } }).pulse;
  if (created.status !== 201 || !first) {
    throw new Error(`Creating the bench pulse failed: ${created.raw}`);
  }
  const { db } = target;
  const series = await findPulse(db.kysely, db, first.id);
  if (!series) throw new Error('The bench pulse vanished after it was created.');
  const ids = [first.id];
  await db.kysely.transaction().execute(async (trx) => {
    for (let i = 1; i < count; i += 1) {
      // Distinct openings (one per second back in time), all open now.
      const opensAt = new Date(now - 60_000 - i * 1000);
      const row = await insertInstance(trx, series, { opensAt, closesAt }, new Date(now));
      if (!row) throw new Error(`Bench pulse opening ${i} already existed.`);
      ids.push(row.id);
    }
  });
  return ids;
}

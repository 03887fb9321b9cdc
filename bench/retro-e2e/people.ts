import { randomUUID } from 'node:crypto';
import { demo, seed, type EntraFakes } from '../../server/test-support/entra-fakes.js';

export type Person = { userId: string; token: string };

const tenantId = demo.weeklySync.tenantId;
/** The facilitator: the Weekly sync's organiser, a seeded Contoso person. */
export const facilitatorId = demo.weeklySync.organizerId;

/**
 * `count` made-up Contoso people, known to the dev identity provider (which reads the seed it was
 * started with) and to the fake Graph (which holds its own copy), each with a token of their own.
 */
export async function addPeople(fakes: EntraFakes, count: number): Promise<Person[]> {
  const users = Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(4, '0');
    return {
      id: randomUUID(),
      tenantId,
      displayName: `Bench Person ${n}`,
      givenName: 'Bench',
      surname: `Person ${n}`,
      upn: `bench.person${n}@contoso.example`,
      mail: `bench.person${n}@contoso.example`,
      jobTitle: 'Participant',
      userType: 'Member' as const,
    };
  });
  seed.users.push(...users);
  fakes.graph.data.users.push(...users);
  return Promise.all(
    users.map(async (u) => ({ userId: u.id, token: await fakes.idp.issueUserToken(u.id) })),
  );
}

/** A new meeting chat whose members are the facilitator and `people`. */
export function addMeeting(fakes: EntraFakes, people: Person[]): string {
  const chatId = `19:meeting_${randomUUID().replace(/-/g, '')}@thread.v2`;
  const template = demo.weeklySync;
  fakes.graph.data.meetings.push({
    ...template,
    id: Buffer.from(`1*${template.organizerId}*0**${chatId}`).toString('base64'),
    subject: `Bench retro for ${people.length}`,
    chatId,
    members: [
      { userId: facilitatorId, role: 'owner' },
      ...people.map((p) => ({ userId: p.userId, role: 'member' as const })),
    ],
  });
  return chatId;
}

import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { SeedMembership, SeedTeam } from '../../../devhost/seed.js';
import { demo, seededUser, type EntraFakes } from '../../../server/test-support/entra-fakes.js';

/** Real ids in one tenant, so every route of the matrix has something to refuse or serve. */
export type World = {
  tenantId: string;
  teamId: string;
  /** A meeting chat with an active retro, run by the world's facilitator. */
  chatId: string;
  retroId: string;
  /** An ended retro in another chat with the same people: its summary is ready. */
  endedRetroId: string;
  /** The ended retro's meeting chat. */
  endedChatId: string;
  /** An action item of the ended retro, owned by the participant (for To Do). */
  endedActionId: string;
  /** A meeting chat the team owner is in (the retro chat's participants are not), for linking. */
  ownerChatId: string;
  /** A meeting of the owner's, linked to the team, so pulse prompts have somewhere to go. */
  promptChatId: string;
  pulseOpen: string;
  /** Closed with enough answers, and shared with the team. */
  pulseShared: string;
  /** Closed with enough answers, not shared: owners only. */
  pulseUnshared: string;
  /** A new open pulse, for a request that closes or cancels it. */
  freshOpenPulse(): Promise<string>;
  /** A new meeting chat with the retro chat's people and no retro, for a request that starts one. */
  freshChat(): string;
  /** A new custom format the facilitator saved for the retro's meeting chat. */
  freshFormat(): Promise<string>;
};

/** Who is who in a world: the people fixtures are made by. */
export type Cast = {
  team: SeedTeam;
  owner: string;
  facilitator: string;
  participant: string;
  /** Team members who answer pulses; not callers of the matrix. */
  responders: [string, string, string];
};

const id = (name: string) => seededUser(name).id;

export const contosoCast: Cast = {
  team: demo.platform,
  owner: id('Adele Vance'),
  facilitator: id('Priya Natarajan'), // a Platform member
  participant: id('Miriam Graham'), // in no team
  responders: [id('Diego Siciliani'), id('Amara Okafor'), id('Kwame Mensah')],
};

export const fabrikamCast: Cast = {
  team: demo.fabrikamDesign,
  owner: id('Ravi Shankar'),
  facilitator: id('Ravi Shankar'),
  participant: id('Elena Petrova'),
  responders: [id('Elena Petrova'), id('Jonas Berg'), id('Chloé Martin')],
};

type Call = (
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  userId: string,
  body?: object,
  headers?: Record<string, string>,
) => Promise<{ status: number; body: unknown }>;

export function caller(app: () => FastifyInstance, fakes: EntraFakes): Call {
  return async (method, url, userId, body, headers = {}) => {
    const response = await app().inject({
      method,
      url,
      headers: { authorization: `Bearer ${await fakes.idp.issueUserToken(userId)}`, ...headers },
      ...(body === undefined ? {} : { payload: body }),
    });
    return { status: response.statusCode, body: response.json() as unknown };
  };
}

function addChat(fakes: EntraFakes, cast: Cast, members: SeedMembership[], subject: string) {
  const chatId = `19:meeting_${randomUUID().replace(/-/g, '')}@thread.v2`;
  const organizerId = members[0]?.userId ?? cast.owner;
  fakes.graph.data.meetings.push({
    id: Buffer.from(`1*${organizerId}*0**${chatId}`).toString('base64'),
    tenantId: cast.team.tenantId,
    subject,
    chatId,
    organizerId,
    recurrence: null,
    members,
  });
  return chatId;
}

/** Builds a world through the real routes; fails loudly if a fixture call is refused. */
export async function buildWorld(fakes: EntraFakes, call: Call, cast: Cast): Promise<World> {
  const ok = async (reply: Promise<{ status: number; body: unknown }>, what: string) => {
    const { status, body } = await reply;
    if (status >= 300) throw new Error(`${what} failed: ${status} ${JSON.stringify(body)}`);
    return body;
  };
  const teamId = cast.team.id;
  const retroPeople: SeedMembership[] = [
    { userId: cast.facilitator, role: 'owner' },
    { userId: cast.participant, role: 'member' },
    ...cast.responders
      .filter((r) => r !== cast.participant)
      .map((userId) => ({ userId, role: 'member' as const })),
  ];
  const freshChat = () => addChat(fakes, cast, retroPeople, 'Matrix meeting');
  const chatId = freshChat();
  const ownerChatId = addChat(
    fakes,
    cast,
    [
      { userId: cast.owner, role: 'owner' },
      { userId: cast.responders[0], role: 'member' },
    ],
    "The owner's meeting",
  );

  const promptChatId = addChat(
    fakes,
    cast,
    [{ userId: cast.owner, role: 'owner' }],
    "The owner's retro meeting",
  );
  await ok(
    call('POST', `/api/teams/${teamId}/linked-meetings`, cast.owner, { chatId: promptChatId }),
    'linking the retro meeting',
  );

  const created = await ok(
    call('POST', '/api/retros', cast.facilitator, { chatId, templateId: 'start-stop-continue' }),
    'starting the retro',
  );
  const retroId = (created as { retro: { id: string } }).retro.id;
  const endedChatId = freshChat();
  const ended = await ok(
    call('POST', '/api/retros', cast.facilitator, {
      chatId: endedChatId,
      templateId: 'start-stop-continue',
      options: { skip: ['checkin', 'review', 'group', 'vote', 'discuss'] },
    }),
    'starting a retro to end',
  );
  const endedRetroId = (ended as { retro: { id: string } }).retro.id;
  const endedCommand = (body: object, what: string) =>
    ok(
      call('POST', `/api/retros/${endedRetroId}/commands`, cast.facilitator, body, {
        'idempotency-key': randomUUID(),
      }),
      what,
    );
  await endedCommand({ type: 'advance' }, 'moving to the actions');
  const withAction = await endedCommand(
    {
      type: 'addAction',
      text: 'Matrix action',
      ownerId: cast.participant,
      dueDate: '2030-01-31',
      groupId: null,
    },
    'adding an action',
  );
  const endedActionId = (withAction as { retro: { actions: { id: string }[] } }).retro.actions[0]!
    .id;
  await ok(
    call(
      'POST',
      `/api/retros/${endedRetroId}/commands`,
      cast.facilitator,
      { type: 'end' },
      {
        'idempotency-key': randomUUID(),
      },
    ),
    'ending the retro',
  );

  const openPulse = async (title: string) => {
    const now = Date.now();
    const body = await ok(
      call('POST', `/api/teams/${teamId}/pulses`, cast.owner, {
        title,
        k: 3,
        opensAt: new Date(now - 60_000).toISOString(),
        closesAt: new Date(now + 86_400_000).toISOString(),
      }),
      `creating pulse ${title}`,
    );
    return (body as { pulse: { id: string } }).pulse.id;
  };
  const closedPulse = async (title: string, share: boolean) => {
    const pulseId = await openPulse(title);
    for (const userId of cast.responders) {
      await ok(
        call('POST', `/api/pulses/${pulseId}/responses`, userId, {
          answers: [5, 6, 3, 5, 4, 6, 7],
        }),
        'answering',
      );
    }
    await ok(call('POST', `/api/pulses/${pulseId}/close`, cast.owner, {}), 'closing');
    if (share) await ok(call('POST', `/api/pulses/${pulseId}/share`, cast.owner, {}), 'sharing');
    return pulseId;
  };

  return {
    tenantId: cast.team.tenantId,
    teamId,
    chatId,
    retroId,
    endedRetroId,
    endedChatId,
    endedActionId,
    ownerChatId,
    promptChatId,
    pulseOpen: await openPulse('Open pulse'),
    pulseShared: await closedPulse('Shared pulse', true),
    pulseUnshared: await closedPulse('Unshared pulse', false),
    freshOpenPulse: () => openPulse('Fresh pulse'),
    freshChat,
    freshFormat: async () => {
      const body = await ok(
        call('POST', '/api/formats', cast.facilitator, {
          chatId,
          name: `Matrix format ${randomUUID().slice(0, 8)}`,
          columns: [
            { id: 'a', title: 'Went well', prompt: '' },
            { id: 'b', title: 'To try', prompt: '' },
          ],
        }),
        'saving a format',
      );
      return (body as { format: { id: string } }).format.id;
    },
  };
}

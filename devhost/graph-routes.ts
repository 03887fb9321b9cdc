import type { ServerResponse } from 'node:http';
import {
  conversationMember,
  decodeSkipToken,
  encodeSkipToken,
  graphError,
  type RequestIds,
} from './graph-shapes.js';
import { sendJson } from './https-server.js';
import {
  userById,
  type Seed,
  type SeedChannel,
  type SeedMembership,
  type SeedTeam,
} from './seed.js';

export type ActivityNotification = {
  scope: { kind: 'team' | 'chat'; id: string };
  tenantId: string;
  topic: unknown;
  activityType: string;
  previewText: unknown;
  recipient: Record<string, unknown>;
  templateParameters: unknown;
  at: number;
};

export type GraphState = {
  /** The fake's own copy of the organisation; tests may edit memberships. */
  data: Seed;
  url: string;
  pageSize: number;
  notifications: ActivityNotification[];
};

export type GraphRequest = {
  method: string;
  /** Decoded path segments after `/v1.0`. */
  segments: string[];
  query: URLSearchParams;
  body: unknown;
  /** The caller's tenant, from its validated token. */
  tenantId: string;
  ids: RequestIds;
  res: ServerResponse;
};

type Scope = {
  kind: 'team' | 'chat';
  id: string;
  tenantId: string;
  members: SeedMembership[];
  resource: Record<string, unknown>;
};

export function handleGraph(state: GraphState, req: GraphRequest): void {
  const [collection, rawId, action, ...extra] = req.segments;
  // Only a team's channels go one level deeper: /teams/{id}/channels/{channelId}.
  const deeper = collection === 'teams' && action === 'channels' ? 1 : 0;
  if ((collection !== 'teams' && collection !== 'chats') || !rawId || extra.length > deeper) {
    return badSegment(req, collection ?? '');
  }
  const kind = collection === 'teams' ? 'team' : 'chat';
  const scope = findScope(state, kind, rawId);
  if (!scope || scope.tenantId !== req.tenantId) {
    // Graph hides other tenants' resources entirely: same answer as a missing one.
    const message =
      kind === 'team'
        ? `No team found with Group Id ${rawId}`
        : `Chat ${rawId} was not found or the caller has no access to it.`;
    return graphError(req.res, 404, 'NotFound', message, req.ids);
  }
  if (action === undefined && req.method === 'GET') {
    return sendJson(req.res, 200, scope.resource, req.ids.headers);
  }
  if (action === 'members' && req.method === 'GET') return listMembers(state, req, scope);
  if (action === 'channels' && req.method === 'GET') return channels(state, req, scope, extra[0]);
  if (action === 'sendActivityNotification' && req.method === 'POST') {
    return sendActivityNotification(state, req, scope);
  }
  return badSegment(req, action ?? rawId);
}

function findScope(state: GraphState, kind: Scope['kind'], id: string): Scope | null {
  if (kind === 'team') {
    const team = state.data.teams.find((t) => t.id === id.toLowerCase());
    if (!team) return null;
    return {
      kind,
      id: team.id,
      tenantId: team.tenantId,
      members: team.members,
      resource: {
        id: team.id,
        displayName: team.displayName,
        description: team.description,
        tenantId: team.tenantId,
        isArchived: false,
        internalId: team.generalChannelId,
      },
    };
  }
  const meeting = state.data.meetings.find((m) => m.chatId === id);
  if (!meeting) return null;
  return {
    kind,
    id: meeting.chatId,
    tenantId: meeting.tenantId,
    members: meeting.members,
    resource: {
      id: meeting.chatId,
      topic: meeting.subject,
      chatType: 'meeting',
      tenantId: meeting.tenantId,
      onlineMeetingInfo: {
        calendarEventId: null,
        joinWebUrl: null,
        organizer: { id: meeting.organizerId },
      },
    },
  };
}

function listMembers(state: GraphState, req: GraphRequest, scope: Scope): void {
  const topParam = req.query.get('$top');
  const top = topParam === null ? null : Number(topParam);
  if (top !== null && (!Number.isInteger(top) || top < 1 || top > 999)) {
    return graphError(
      req.res,
      400,
      'BadRequest',
      `Invalid value '${topParam}' for $top. Use 1 to 999.`,
      req.ids,
    );
  }
  const skipParam = req.query.get('$skiptoken');
  const cursor = skipParam === null ? null : decodeSkipToken(skipParam);
  if (skipParam !== null && !cursor) {
    return graphError(
      req.res,
      400,
      'BadRequest',
      'The $skiptoken is invalid. Follow @odata.nextLink as given.',
      req.ids,
    );
  }
  const pageSize = cursor?.top ?? top ?? state.pageSize;
  const offset = cursor?.offset ?? 0;
  const members = scope.members.flatMap((m) => {
    const user = userById(m.userId, state.data);
    return user ? [conversationMember(m, user, scope.id, scope.tenantId)] : [];
  });
  const page = members.slice(offset, offset + pageSize);
  const collection = scope.kind === 'team' ? 'teams' : 'chats';
  const body: Record<string, unknown> = {
    '@odata.context': `${state.url}/v1.0/$metadata#${collection}('${encodeURIComponent(scope.id)}')/members`,
  };
  if (req.query.get('$count') === 'true') body['@odata.count'] = members.length;
  body.value = page;
  if (offset + pageSize < members.length) {
    const next = new URL(`${state.url}/v1.0/${collection}/${encodeURIComponent(scope.id)}/members`);
    next.searchParams.set('$skiptoken', encodeSkipToken(offset + pageSize, pageSize));
    body['@odata.nextLink'] = next.toString();
  }
  sendJson(req.res, 200, body, req.ids.headers);
}

/** A `channel` as GET /teams/{id}/channels(/{channelId}) returns it: the General channel and any others seeded. */
function channelResource(team: SeedTeam, channel: SeedChannel): Record<string, unknown> {
  const id = encodeURIComponent(channel.id);
  return {
    id: channel.id,
    createdDateTime: '2024-01-08T09:00:00Z',
    displayName: channel.displayName,
    description: channel.id === team.generalChannelId ? team.description : null,
    isFavoriteByDefault: null,
    email: '',
    tenantId: team.tenantId,
    webUrl: `https://teams.microsoft.com/l/channel/${id}/${encodeURIComponent(channel.displayName)}?groupId=${team.id}&tenantId=${team.tenantId}`,
    membershipType: channel.membershipType ?? 'standard',
  };
}

function teamChannels(team: SeedTeam): SeedChannel[] {
  return [{ id: team.generalChannelId, displayName: 'General' }, ...(team.channels ?? [])];
}

function channels(state: GraphState, req: GraphRequest, scope: Scope, channelId?: string): void {
  const team = state.data.teams.find((t) => t.id === scope.id);
  if (!team) return badSegment(req, 'channels');
  const all = teamChannels(team);
  const context = `${state.url}/v1.0/$metadata#teams('${encodeURIComponent(team.id)}')/channels`;
  if (channelId === undefined) {
    const value = all.map((c) => channelResource(team, c));
    return sendJson(
      req.res,
      200,
      { '@odata.context': context, '@odata.count': value.length, value },
      req.ids.headers,
    );
  }
  // Graph matches a channel's thread id exactly; a meeting chat or another team's channel is not found.
  const channel = all.find((c) => c.id === channelId);
  if (!channel) {
    return graphError(
      req.res,
      404,
      'NotFound',
      `Channel ${channelId} was not found in team ${team.id}.`,
      req.ids,
    );
  }
  sendJson(
    req.res,
    200,
    { '@odata.context': `${context}/$entity`, ...channelResource(team, channel) },
    req.ids.headers,
  );
}

function sendActivityNotification(state: GraphState, req: GraphRequest, scope: Scope): void {
  const body = isRecord(req.body) ? req.body : {};
  const { topic, activityType, previewText, recipient, templateParameters } = body;
  const missing = [
    !isRecord(topic) && 'topic',
    (typeof activityType !== 'string' || activityType === '') && 'activityType',
    !isRecord(recipient) && 'recipient',
  ].filter(Boolean);
  if (missing.length > 0 || !isRecord(recipient) || typeof activityType !== 'string') {
    return graphError(
      req.res,
      400,
      'BadRequest',
      `Required properties are missing: ${missing.join(', ')}. See the sendActivityNotification request body in the Graph docs.`,
      req.ids,
    );
  }
  const recipientType = recipient['@odata.type'];
  if (typeof recipientType !== 'string' || !recipientType.endsWith('NotificationRecipient')) {
    return graphError(
      req.res,
      400,
      'BadRequest',
      "The recipient needs an '@odata.type' such as 'microsoft.graph.aadUserNotificationRecipient'.",
      req.ids,
    );
  }
  if (recipientType.endsWith('aadUserNotificationRecipient')) {
    const userId = recipient.userId;
    if (typeof userId !== 'string' || !scope.members.some((m) => m.userId === userId)) {
      return graphError(
        req.res,
        400,
        'BadRequest',
        `Recipient user '${String(userId)}' is not a member of this ${scope.kind}.`,
        req.ids,
      );
    }
  }
  state.notifications.push({
    scope: { kind: scope.kind, id: scope.id },
    tenantId: req.tenantId,
    topic,
    activityType,
    previewText,
    recipient,
    templateParameters,
    at: Date.now(),
  });
  req.res.writeHead(204, req.ids.headers);
  req.res.end();
}

function badSegment(req: GraphRequest, segment: string): void {
  graphError(
    req.res,
    400,
    'BadRequest',
    `Resource not found for the segment '${segment}'.`,
    req.ids,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

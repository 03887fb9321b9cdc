import { clientTypes, themes, type ClientType, type Theme } from './frame-context.js';
import { graphConsentAnswers, type GraphConsentAnswer } from './naa-graph.js';
import { naaModes, type NaaMode } from './naa-host.js';
import { findMeeting, findUser, meetingParticipants } from './org.js';
import type { Org, OrgMeeting, OrgTeam, OrgUser } from './org.js';

/** Which pages the frames load: Candor's own, or the protocol probe (`?pages=probe`). */
export type PageSet = 'app' | 'probe';

/** The view as the query string asks for it; every link to the stand-in is one of these. */
export type ViewQuery = {
  view: 'channel' | 'meeting' | 'meeting-config';
  team: string | null;
  meeting: string | null;
  user: string | null;
  participants: number;
  theme: Theme;
  configure: boolean;
  pages: PageSet;
  /** Whether the host offers nested app auth, and how it answers (`?naa=1|consent|error`). */
  naa: NaaMode;
  /** The Teams locale the frames report (`?locale=de-de`); en-us by default. */
  locale: string;
  /** The Teams client the frames report (`?client=android`); web by default. */
  client: ClientType;
  /** How the person answers the consent prompt for a Graph permission (`?consent=refuse|close`). */
  consent: GraphConsentAnswer;
  /** Seconds from page load to the meeting's scheduled start (`?startsIn=3600`); default the next full hour. */
  startsIn: number | null;
};

export const defaultParticipants = 3;

export function parseViewQuery(search: string): ViewQuery {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const theme = params.get('theme');
  const participants = Number.parseInt(params.get('participants') ?? '', 10);
  return {
    view: view === 'meeting' || view === 'meeting-config' ? view : 'channel',
    team: params.get('team'),
    meeting: params.get('meeting'),
    user: params.get('user'),
    participants:
      Number.isFinite(participants) && participants > 0 ? participants : defaultParticipants,
    theme: themes.find((t) => t === theme) ?? 'default',
    configure: params.get('configure') === '1',
    pages: params.get('pages') === 'probe' ? 'probe' : 'app',
    naa: parseNaaMode(params.get('naa')),
    locale: /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(params.get('locale') ?? '')
      ? params.get('locale')!.toLowerCase()
      : 'en-us',
    client: clientTypes.find((c) => c === params.get('client')) ?? 'web',
    consent: graphConsentAnswers.find((a) => a === params.get('consent')) ?? 'accept',
    startsIn: /^-?\d{1,8}$/.test(params.get('startsIn') ?? '')
      ? Number(params.get('startsIn'))
      : null,
  };
}

/** `naa=1` (or `on`) grants tokens; `consent` and `error` are the other modes; anything else is off. */
function parseNaaMode(raw: string | null): NaaMode {
  if (raw === '1') return 'on';
  return naaModes.find((mode) => mode === raw) ?? 'off';
}

/** Writes the query back, omitting defaults so links stay short. */
export function formatViewQuery(query: ViewQuery): string {
  const params = new URLSearchParams({ view: query.view });
  if (query.view === 'channel' && query.team) params.set('team', query.team);
  if (query.view !== 'channel' && query.meeting) params.set('meeting', query.meeting);
  if (query.view !== 'meeting' && query.user) params.set('user', query.user);
  if (query.view === 'meeting') params.set('participants', String(query.participants));
  if (query.theme !== 'default') params.set('theme', query.theme);
  if (query.configure && query.view !== 'meeting') params.set('configure', '1');
  if (query.pages === 'probe') params.set('pages', 'probe');
  if (query.naa !== 'off') params.set('naa', query.naa === 'on' ? '1' : query.naa);
  if (query.locale !== 'en-us') params.set('locale', query.locale);
  if (query.client !== 'web') params.set('client', query.client);
  if (query.consent !== 'accept') params.set('consent', query.consent);
  if (query.startsIn !== null && query.view !== 'channel')
    params.set('startsIn', String(query.startsIn));
  return `?${params.toString()}`;
}

export type ResolvedView =
  | { kind: 'channel'; team: OrgTeam; user: OrgUser; candidates: OrgUser[] }
  | { kind: 'meeting-config'; meeting: OrgMeeting; user: OrgUser; candidates: OrgUser[] }
  | { kind: 'meeting'; meeting: OrgMeeting; participants: OrgUser[]; candidates: OrgUser[] }
  | { kind: 'error'; message: string };

/** Picks the team or meeting and the users the query names, with defaults, or says what is wrong. */
export function resolveView(query: ViewQuery, org: Org): ResolvedView {
  if (query.view === 'channel') {
    const team = query.team ? org.teams.find((t) => t.groupId === query.team) : org.teams[0];
    if (!team)
      return {
        kind: 'error',
        message: `No team has group id "${query.team}". Pick one from the list.`,
      };
    const candidates = team.members
      .map((m) => findUser(org, m.userId))
      .filter((u): u is OrgUser => u !== undefined);
    const user = pickUser(query.user, candidates);
    if (!user) return notMember(query.user, team.name);
    return { kind: 'channel', team, user, candidates };
  }
  const meeting = query.meeting ? findMeeting(org, query.meeting) : org.meetings[0];
  if (!meeting)
    return {
      kind: 'error',
      message: `No meeting matches "${query.meeting}". Pick one from the list.`,
    };
  const candidates = meetingParticipants(org, meeting);
  if (query.view === 'meeting-config') {
    const user = pickUser(query.user, candidates);
    if (!user) return notMember(query.user, meeting.title);
    return { kind: 'meeting-config', meeting, user, candidates };
  }
  const count = Math.min(Math.max(query.participants, 1), candidates.length);
  return { kind: 'meeting', meeting, participants: candidates.slice(0, count), candidates };
}

function pickUser(userId: string | null, candidates: OrgUser[]): OrgUser | undefined {
  return userId ? candidates.find((u) => u.id === userId) : candidates[0];
}

function notMember(userId: string | null, where: string): ResolvedView {
  return {
    kind: 'error',
    message: `User "${userId}" is not a member of ${where}. Pick a member from the User list.`,
  };
}

/** The demo organisation as `GET /devhost/api/org` serves it: ids and names only, never secrets. */

export type OrgTenant = { id: string; name: string };

export type OrgUser = { id: string; displayName: string; upn: string; tenantId: string };

export type OrgRole = 'owner' | 'member' | 'guest';

export type OrgTeam = {
  groupId: string;
  name: string;
  tenantId: string;
  /** The team's General channel; its id is also the team's internal (thread) id in Teams. */
  channel: { id: string; name: string };
  members: { userId: string; role: OrgRole }[];
};

export type OrgMeeting = {
  chatId: string;
  onlineMeetingId: string;
  /** A short stable name, for friendlier links (`?meeting=weekly-sync`). */
  key: string;
  title: string;
  tenantId: string;
  organizerId: string;
  /** Member ids in seed order, organiser included. */
  memberIds: string[];
  /** The scheduled start `getMeetingDetails` reports (ISO); unset: the next full hour. */
  startsAt?: string;
};

export type Org = {
  tenants: OrgTenant[];
  users: OrgUser[];
  teams: OrgTeam[];
  meetings: OrgMeeting[];
};

export function findUser(org: Org, userId: string): OrgUser | undefined {
  return org.users.find((u) => u.id === userId);
}

/** Matches a meeting by chat id, online meeting id or key. */
export function findMeeting(org: Org, ref: string): OrgMeeting | undefined {
  return org.meetings.find((m) => m.chatId === ref || m.onlineMeetingId === ref || m.key === ref);
}

/** Meeting members with the organiser first: the organiser is the presenter. */
export function meetingParticipants(org: Org, meeting: OrgMeeting): OrgUser[] {
  const ids = [
    meeting.organizerId,
    ...meeting.memberIds.filter((id) => id !== meeting.organizerId),
  ];
  return ids.map((id) => findUser(org, id)).filter((u): u is OrgUser => u !== undefined);
}

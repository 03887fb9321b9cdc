import type { OrgMeeting, OrgRole, OrgTeam, OrgUser } from './org.js';

export type FrameKind = 'content' | 'settings' | 'sidePanel' | 'meetingStage';

export const themes = ['default', 'dark', 'contrast'] as const;
export type Theme = (typeof themes)[number];

/** Teams client languages the stand-in offers; Arabic checks the right-to-left layout only. */
export const locales = ['en-us', 'de-de', 'ja-jp', 'ar-sa'] as const;
export type Locale = (typeof locales)[number];

/** The client Teams runs in, as `app.host.clientType` names it (`?client=`). */
export const clientTypes = ['web', 'android', 'ios'] as const;
export type ClientType = (typeof clientTypes)[number];

/** The user's device as the stand-in pretends it: language (`?locale=`) and client (`?client=`). */
export type Device = { locale: string; clientType: ClientType };
export const defaultDevice: Device = { locale: 'en-us', clientType: 'web' };

export type Place = { kind: 'team'; team: OrgTeam } | { kind: 'meeting'; meeting: OrgMeeting };

/** teams-js `pages.InstanceConfig`, as `settings.setSettings` sends it and `settings.getSettings` returns it. */
export type InstanceConfig = {
  contentUrl: string;
  entityId?: string;
  suggestedDisplayName?: string;
  websiteUrl?: string;
  removeUrl?: string;
};

/** Who and where one embedded app frame is: everything its context is built from. */
export type FrameSpec = {
  frameId: string;
  kind: FrameKind;
  user: OrgUser;
  place: Place;
  /** Presenters may share to the stage; in a meeting only the organiser is one. */
  meetingRole: 'presenter' | 'attendee' | null;
  /** The tab instance this frame shows, if configured. */
  tab: InstanceConfig | null;
};

/** The fields of teams-js `LegacyContext` that the stand-in fills; teams-js maps them to `app.Context`. */
export type LegacyContext = {
  locale: string;
  theme: Theme;
  frameContext: FrameKind;
  hostClientType: ClientType;
  hostName: 'Teams';
  appSessionId: string;
  sessionId: string;
  entityId?: string;
  userObjectId: string;
  userPrincipalName: string;
  loginHint: string;
  userDisplayName: string;
  userLicenseType: string;
  tid: string;
  tenantSKU: string;
  teamId?: string;
  groupId?: string;
  teamName?: string;
  teamType?: number;
  userTeamRole?: number;
  channelId?: string;
  channelName?: string;
  channelType?: string;
  hostTeamGroupId?: string;
  hostTeamTenantId?: string;
  chatId?: string;
  meetingId?: string;
  isFullScreen: boolean;
};

/** teams-js `UserTeamRole`: 0 admin (owner), 1 user, 2 guest. */
export function userTeamRole(role: OrgRole): number {
  return role === 'owner' ? 0 : role === 'guest' ? 2 : 1;
}

export function teamRoleOf(team: OrgTeam, userId: string): OrgRole | undefined {
  return team.members.find((m) => m.userId === userId)?.role;
}

export function legacyContext(
  spec: FrameSpec,
  theme: Theme,
  sessionId: string,
  device: Device = defaultDevice,
): LegacyContext {
  const { user, place } = spec;
  const context: LegacyContext = {
    locale: device.locale,
    theme,
    frameContext: spec.kind,
    hostClientType: device.clientType,
    hostName: 'Teams',
    appSessionId: `${sessionId}-${spec.frameId}`,
    sessionId,
    userObjectId: user.id,
    userPrincipalName: user.upn,
    loginHint: user.upn,
    userDisplayName: user.displayName,
    userLicenseType: 'Unknown',
    tid: user.tenantId,
    tenantSKU: 'enterprise',
    isFullScreen: false,
  };
  if (spec.tab?.entityId) context.entityId = spec.tab.entityId;
  if (place.kind === 'team') {
    const { team } = place;
    Object.assign(context, {
      teamId: team.channel.id,
      groupId: team.groupId,
      teamName: team.name,
      teamType: 0,
      userTeamRole: userTeamRole(teamRoleOf(team, user.id) ?? 'member'),
      channelId: team.channel.id,
      channelName: team.channel.name,
      channelType: 'Regular',
      hostTeamGroupId: team.groupId,
      hostTeamTenantId: team.tenantId,
    });
  } else {
    context.chatId = place.meeting.chatId;
    context.meetingId = place.meeting.onlineMeetingId;
  }
  return context;
}

/** Human label used in iframe titles and the protocol log. */
export function frameLabel(spec: Pick<FrameSpec, 'kind' | 'user' | 'place'>): string {
  switch (spec.kind) {
    case 'content':
      return spec.place.kind === 'team'
        ? `Channel tab — ${spec.user.displayName}`
        : `Meeting tab — ${spec.user.displayName}`;
    case 'settings':
      return 'Configuration page';
    case 'sidePanel':
      return `Side panel — ${spec.user.displayName}`;
    case 'meetingStage':
      return 'Meeting stage';
  }
}

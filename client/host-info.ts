import type { ScopeQuery } from '../shared/api.js';

/** Where Candor is showing inside the host; anything Candor has no view for is `other`. */
export type FrameContext = 'content' | 'sidePanel' | 'meetingStage' | 'settings' | 'other';

/** Teams' theme names. `contrast` is high contrast. */
export type HostTheme = 'default' | 'dark' | 'contrast';

/** The small, typed slice of the Teams context that Candor uses. */
export type HostInfo = {
  frameContext: FrameContext;
  theme: HostTheme;
  locale: string;
  userId: string | null;
  tenantId: string | null;
  /** The user's sign-in name; MSAL uses it as a login hint. */
  loginHint: string | null;
  /** Microsoft 365 group id of the team (what Graph calls the team id). */
  teamId: string | null;
  teamName: string | null;
  channelId: string | null;
  channelName: string | null;
  chatId: string | null;
  meetingId: string | null;
  /** `page.subPageId`: what a deep link asked the page to open (`summary:<retro id>`). */
  subPageId?: string | null;
  hostName: string;
  clientType: string;
};

/**
 * The shape of teams-js `app.Context` that the mapping reads, written structurally so this
 * module (and its tests) need no teams-js import.
 */
export type TeamsContextLike = {
  app: { theme?: string; locale?: string; host?: { name?: string; clientType?: string } };
  page: { frameContext?: string; subPageId?: string };
  user?: { id?: string; loginHint?: string; userPrincipalName?: string; tenant?: { id?: string } };
  team?: { groupId?: string; displayName?: string };
  channel?: { id?: string; displayName?: string };
  chat?: { id?: string };
  meeting?: { id?: string };
};

const frameContexts: ReadonlySet<string> = new Set([
  'content',
  'sidePanel',
  'meetingStage',
  'settings',
]);

export function toFrameContext(value: string | undefined): FrameContext {
  return value && frameContexts.has(value) ? (value as FrameContext) : 'other';
}

/** Unknown theme names fall back to the light theme, as Teams itself does. */
export function toHostTheme(value: string | undefined): HostTheme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

const orNull = (value: string | undefined): string | null => (value ? value : null);

export function toHostInfo(context: TeamsContextLike): HostInfo {
  return {
    frameContext: toFrameContext(context.page.frameContext),
    theme: toHostTheme(context.app.theme),
    locale: context.app.locale || 'en-us',
    userId: orNull(context.user?.id),
    tenantId: orNull(context.user?.tenant?.id),
    loginHint: orNull(context.user?.loginHint ?? context.user?.userPrincipalName),
    teamId: orNull(context.team?.groupId),
    teamName: orNull(context.team?.displayName),
    channelId: orNull(context.channel?.id),
    channelName: orNull(context.channel?.displayName),
    chatId: orNull(context.chat?.id),
    meetingId: orNull(context.meeting?.id),
    subPageId: orNull(context.page.subPageId),
    hostName: context.app.host?.name ?? 'unknown',
    clientType: context.app.host?.clientType ?? 'unknown',
  };
}

/** The team or chat whose members Candor shows here; a team wins when both are present. */
export function hostScope(info: HostInfo): ScopeQuery | null {
  if (info.teamId) return { teamId: info.teamId };
  if (info.chatId) return { chatId: info.chatId };
  return null;
}

/** Whether the page is inside a meeting (its chat) rather than a team's channel. */
export function isMeetingSurface(info: HostInfo): boolean {
  return !info.teamId && info.chatId !== null;
}

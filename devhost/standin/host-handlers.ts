import type { Device, FrameSpec, InstanceConfig, Theme } from './frame-context.js';
import { legacyContext } from './frame-context.js';
import { answerNestedAppAuth, type NaaServices } from './naa-host.js';
import { naaExecute, naaReplyArgs, parseNaaRequest } from './naa-protocol.js';
import type { OrgMeeting } from './org.js';
import type { AppRequest } from './protocol.js';
import { errorCodes, notSupported, sdkError } from './protocol.js';
import { initializeArgs } from './runtime-config.js';

export type AppStatus = 'loading' | 'initialized' | 'success' | 'failure' | 'expectedFailure';

/** What the host remembers about one embedded frame. */
export type FrameState = {
  spec: FrameSpec;
  theme: Theme;
  status: AppStatus;
  statusDetail: string | null;
  /** Handler names the app registered (`registerHandler`), e.g. `themeChange`, `save`. */
  handlers: Set<string>;
  /** `settings.setValidityState`: whether the host's Save button is enabled. */
  valid: boolean;
  /** The config the app last passed to `settings.setSettings`. */
  pendingConfig: InstanceConfig | null;
};

export type StageState = { isAppSharing: boolean };

/** The host's services and UI, as the request handlers see them. */
export type HostServices = {
  sessionId: string;
  /** The page's origin; URLs the app hands over must be on it (Teams checks `validDomains`). */
  origin: string;
  getToken(userId: string): Promise<string>;
  /** Nested app auth, when the page offers it (`?naa=`); null makes the host one without NAA, as before. */
  naa: NaaServices | null;
  /** The language and client the frames' context reports; web and en-us unless the query says. */
  device?: Device;
  changed(frame: FrameState, what: 'status' | 'validity' | 'config' | 'save'): void;
  /** Called when the app answers a `settings.save` event. */
  saveFinished(frame: FrameState, outcome: { ok: true } | { ok: false; reason: string }): void;
  shareToStage(frame: FrameState, url: string): void;
  stopStage(frame: FrameState): void;
  stageState(): StageState;
  /** The resource-specific permissions the app's manifest declares (`authorization.permissions`). */
  manifestPermissions(): Promise<ReadonlySet<string>>;
};

/** `args` to send back, or null when the request is one-way (teams-js registers no callback). */
export type Reply = unknown[] | null;

export function createFrameState(spec: FrameSpec, theme: Theme): FrameState {
  return {
    spec,
    theme,
    status: 'loading',
    statusDetail: null,
    handlers: new Set(),
    valid: false,
    pendingConfig: spec.tab,
  };
}

/** Answers one request from an app frame the way a Teams web client would. */
export async function handleRequest(
  frame: FrameState,
  request: AppRequest,
  host: HostServices,
): Promise<Reply> {
  const { spec } = frame;
  const [first] = request.args;
  switch (request.func) {
    case 'initialize':
      frame.status = 'initialized';
      host.changed(frame, 'status');
      return initializeArgs(spec.kind, { nestedAppAuth: host.naa !== null });
    case 'getContext':
      return [legacyContext(spec, frame.theme, host.sessionId, host.device)];
    case 'appInitialization.appLoaded':
      return null;
    case 'appInitialization.success':
      return setStatus(frame, host, 'success', null);
    case 'appInitialization.failure':
    case 'appInitialization.expectedFailure': {
      const status = request.func === 'appInitialization.failure' ? 'failure' : 'expectedFailure';
      const [reason, message] = request.args;
      return setStatus(frame, host, status, [reason, message].filter(Boolean).join(': ') || null);
    }
    case 'registerHandler':
      if (typeof first === 'string') frame.handlers.add(first);
      return null;
    case 'authentication.getAuthToken':
      try {
        return [true, await host.getToken(spec.user.id)];
      } catch (error) {
        return [false, error instanceof Error ? error.message : String(error)];
      }
    case naaExecute:
      return nestedAppAuth(frame, request, host);
    case 'settings.setValidityState':
      frame.valid = first === true;
      host.changed(frame, 'validity');
      return null;
    case 'settings.setSettings':
      return setSettings(frame, host, first);
    case 'settings.getSettings':
      return [frame.pendingConfig ?? spec.tab ?? {}];
    case 'settings.save.success':
      host.saveFinished(frame, { ok: true });
      return null;
    case 'settings.save.failure':
      host.saveFinished(frame, {
        ok: false,
        reason: typeof first === 'string' && first ? first : 'The app reported that saving failed.',
      });
      return null;
    case 'meeting.getAppContentStageSharingCapabilities':
      return (
        meetingOnly(spec) ?? [
          null,
          {
            doesAppHaveSharePermission:
              isPresenter(spec) && (await missingStagePermission(spec, host)) === null,
          },
        ]
      );
    case 'meeting.getAppContentStageSharingState':
      return meetingOnly(spec) ?? [null, host.stageState()];
    case 'meeting.shareAppContentToStage':
      return shareToStage(frame, host, first);
    case 'meeting.stopSharingAppContentToStage':
      if (!isPresenter(spec)) return [notPresenter(), null];
      host.stopStage(frame);
      return [null, true];
    case 'meeting.getMeetingDetails':
      return meetingDetails(spec);
    default:
      return notSupported(request.func);
  }
}

async function nestedAppAuth(
  frame: FrameState,
  request: AppRequest,
  host: HostServices,
): Promise<Reply> {
  if (!host.naa) return notSupported(request.func);
  const naaRequest = parseNaaRequest(request.data);
  if (!naaRequest) {
    return [
      sdkError(
        errorCodes.invalidArguments,
        'nestedAppAuth.execute needs an msal NestedAppAuthRequest as a JSON string in `data`.',
      ),
    ];
  }
  const context = { user: frame.spec.user, origin: host.origin };
  return naaReplyArgs(await answerNestedAppAuth(naaRequest, context, host.naa));
}

function setStatus(
  frame: FrameState,
  host: HostServices,
  status: AppStatus,
  detail: string | null,
): Reply {
  frame.status = status;
  frame.statusDetail = detail;
  host.changed(frame, 'status');
  return null;
}

/** Teams loads only URLs on the app's valid domains; here that is the stand-in's own origin. */
export function sameOriginUrl(raw: unknown, origin: string): URL | null {
  if (typeof raw !== 'string' || raw.length === 0) return null;
  try {
    const url = new URL(raw, origin);
    return url.origin === origin ? url : null;
  } catch {
    return null;
  }
}

function setSettings(frame: FrameState, host: HostServices, raw: unknown): Reply {
  const config = raw as Partial<InstanceConfig> | undefined;
  const url = sameOriginUrl(config?.contentUrl, host.origin);
  if (!config || !url) {
    return [
      false,
      `contentUrl must be a URL on ${host.origin} (the app's valid domain); got ${JSON.stringify(config?.contentUrl)}.`,
    ];
  }
  frame.pendingConfig = { ...config, contentUrl: url.toString() };
  host.changed(frame, 'config');
  return [true];
}

function isPresenter(spec: FrameSpec): boolean {
  return spec.meetingRole === 'presenter';
}

function meetingOnly(spec: FrameSpec): Reply | undefined {
  if (spec.place.kind === 'meeting') return undefined;
  return [
    sdkError(errorCodes.notSupportedInCurrentContext, 'This frame is not in a meeting.'),
    null,
  ];
}

function notPresenter() {
  return sdkError(
    errorCodes.permissionDenied,
    'Only presenters can share to the meeting stage. Ask the organiser to share, or make this user a presenter.',
  );
}

/**
 * A channel meeting's conversation is its channel's thread (`19:…@thread.tacv2`); a scheduled or
 * ad hoc meeting has a meeting chat of its own (`19:meeting_…@thread.v2`).
 */
export function isChannelMeeting(meeting: Pick<OrgMeeting, 'chatId'>): boolean {
  return /@thread\.(tacv2|skype)$/.test(meeting.chatId);
}

/** The delegated RSC permission Teams requires before an app may share to this meeting's stage. */
export function stagePermissionFor(meeting: Pick<OrgMeeting, 'chatId'>): string {
  return isChannelMeeting(meeting) ? 'ChannelMeetingStage.Write.Group' : 'MeetingStage.Write.Chat';
}

async function missingStagePermission(spec: FrameSpec, host: HostServices): Promise<string | null> {
  if (spec.place.kind !== 'meeting') return null;
  const needed = stagePermissionFor(spec.place.meeting);
  return (await host.manifestPermissions()).has(needed) ? null : needed;
}

async function shareToStage(frame: FrameState, host: HostServices, raw: unknown): Promise<Reply> {
  const wrongPlace = meetingOnly(frame.spec);
  if (wrongPlace) return wrongPlace;
  if (!isPresenter(frame.spec)) return [notPresenter(), null];
  // As Teams does: without the permission for this kind of meeting, the app may not share.
  const missing = await missingStagePermission(frame.spec, host);
  if (missing) {
    return [
      sdkError(
        errorCodes.permissionDenied,
        `App doesn't have sufficient permission to use this API: sharing to the stage of a ${missing === 'ChannelMeetingStage.Write.Group' ? 'channel meeting' : 'meeting'} needs the delegated RSC permission ${missing} in the app manifest (authorization.permissions.resourceSpecific).`,
      ),
      null,
    ];
  }
  const url = sameOriginUrl(raw, host.origin);
  if (!url) {
    return [
      sdkError(
        errorCodes.invalidArguments,
        `The stage URL must be on ${host.origin} (the app's valid domain); got ${JSON.stringify(raw)}.`,
      ),
      null,
    ];
  }
  host.shareToStage(frame, url.toString());
  return [null, true];
}

function nextFullHour(now: Date): Date {
  const start = new Date(now);
  start.setMinutes(0, 0, 0);
  start.setHours(start.getHours() + 1);
  return start;
}

function meetingDetails(spec: FrameSpec): Reply {
  if (spec.place.kind !== 'meeting') return meetingOnly(spec) ?? null;
  const { meeting } = spec.place;
  // Before the meeting by default, as when a chat tab opens the next retro early.
  const start = meeting.startsAt ? new Date(meeting.startsAt) : nextFullHour(new Date());
  const end = new Date(start.getTime() + 30 * 60_000);
  return [
    null,
    {
      details: {
        id: meeting.onlineMeetingId,
        title: meeting.title,
        type: 'Recurring',
        scheduledStartTime: start.toISOString(),
        scheduledEndTime: end.toISOString(),
      },
      conversation: { id: meeting.chatId },
      organizer: { id: meeting.organizerId, tenantId: meeting.tenantId },
    },
  ];
}

import {
  app,
  authentication,
  ErrorCode,
  meeting,
  nestedAppAuth,
  pages,
  type SdkError,
} from '@microsoft/teams-js';
import { toHostInfo, toHostTheme, type HostInfo, type HostTheme } from './host-info.js';
import type { TabConfig } from './tab-config.js';
import { translate } from './current-intl.js';
import { raceTimeout } from './timeout.js';
import { setRequestLanguage } from './request-language.js';

/**
 * The only module that talks to teams-js. Everything else gets Teams through these functions
 * (and the `useHost()` hook built on them), so a test host can stand in for Teams.
 */

/** Outside Teams `app.initialize()` never settles; give up after this long and say so. */
export const hostConnectTimeoutMs = 2500;

export type HostOutcome =
  | { kind: 'teams'; info: HostInfo }
  | { kind: 'not-in-teams' }
  | { kind: 'failed'; message: string };

/** A Teams call that failed; `message` is a sentence the user can act on. */
export class HostError extends Error {
  override name = 'HostError';
  constructor(
    readonly code: 'not-supported' | 'not-allowed' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

let initialized: Promise<HostOutcome> | null = null;

/** Connects to Teams once and reads the context; later calls share the first result. */
export function initializeHost(): Promise<HostOutcome> {
  initialized ??= connect();
  return initialized;
}

async function connect(): Promise<HostOutcome> {
  const raced = await raceTimeout(
    app.initialize().then(() => app.getContext()),
    hostConnectTimeoutMs,
  ).catch((error: unknown) => ({ kind: 'error' as const, error }));
  if (raced.kind === 'timeout') return { kind: 'not-in-teams' };
  // Opened top-level in a browser, teams-js fails at once ("No Parent window found").
  if (raced.kind === 'error' && window.self === window.top) return { kind: 'not-in-teams' };
  if (raced.kind === 'error') {
    return {
      kind: 'failed',
      message: translate('common.host.startFailed', { reason: describe(raced.error) }),
    };
  }
  const info = toHostInfo(raced.value);
  setRequestLanguage(info.locale);
  return { kind: 'teams', info };
}

/** Tells Teams the page has rendered, so it hides its own loading indicator. */
export function notifyRendered(): void {
  if (app.isInitialized()) void app.notifySuccess().catch(() => undefined);
}

/** Calls `handler` with the new theme whenever the user changes it in Teams. */
export function onThemeChange(handler: (theme: HostTheme) => void): void {
  app.registerOnThemeChangeHandler((theme) => handler(toHostTheme(theme)));
}

export function isNestedAppAuthRecommended(): boolean {
  try {
    return nestedAppAuth.isNAAChannelRecommended();
  } catch {
    return false;
  }
}

/** A token for Candor's API from Teams' own single sign-on. */
export async function getAuthTokenFromHost(): Promise<string> {
  try {
    return await authentication.getAuthToken();
  } catch (error) {
    throw new HostError(
      'failed',
      translate('common.host.signInFailed', { reason: describe(error) }),
    );
  }
}

// --- Configuration page (frameContext `settings`) ---

export type SaveRequest = {
  /** Call after the configuration was stored. */
  succeed: () => void;
  /** Call with a sentence that tells the user what went wrong. */
  fail: (reason: string) => void;
};

export function registerOnSave(handler: (save: SaveRequest) => void): void {
  pages.config.registerOnSaveHandler((event) => {
    handler({
      succeed: () => event.notifySuccess(),
      fail: (reason) => event.notifyFailure(reason),
    });
  });
}

export function setSaveEnabled(valid: boolean): void {
  pages.config.setValidityState(valid);
}

export async function saveTabConfig(config: TabConfig): Promise<void> {
  try {
    await pages.config.setConfig(config);
  } catch (error) {
    throw new HostError('failed', translate('common.host.saveFailed', { reason: describe(error) }));
  }
}

// --- Meeting stage (frameContext `sidePanel` or `meetingStage`) ---

/** Whether this user may share Candor to the meeting stage right now. */
export function canShareToStage(): Promise<boolean> {
  return new Promise((resolve, reject) => {
    try {
      meeting.getAppContentStageSharingCapabilities((error, capabilities) => {
        if (error) reject(stageError(error));
        else resolve(capabilities?.doesAppHaveSharePermission === true);
      });
    } catch (error) {
      reject(notInMeeting(error));
    }
  });
}

/** Shares `url` (same origin, every id it needs in its query string) to the meeting stage. */
export function shareToStage(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      meeting.shareAppContentToStage((error) => {
        if (error) reject(stageError(error));
        else resolve();
      }, url);
    } catch (error) {
      reject(notInMeeting(error));
    }
  });
}

/**
 * The meeting's scheduled start (`getMeetingDetails().details.scheduledStartTime`), or null when
 * the host gives none (not a meeting, a client without the call, or a refusal): no reminder then.
 */
export function meetingStartTime(): Promise<string | null> {
  return new Promise((resolve) => {
    try {
      meeting.getMeetingDetails((error, details) => {
        const start = error ? null : details?.details.scheduledStartTime;
        resolve(typeof start === 'string' && !Number.isNaN(Date.parse(start)) ? start : null);
      });
    } catch {
      resolve(null);
    }
  });
}

function notInMeeting(error: unknown): HostError {
  return new HostError(
    'not-supported',
    translate('common.host.stageNotInMeeting', { reason: describe(error) }),
  );
}

function stageError(error: SdkError): HostError {
  if (
    error.errorCode === ErrorCode.PERMISSION_DENIED ||
    error.errorCode === ErrorCode.UNAUTHORIZED_USER_OPERATION
  ) {
    return new HostError('not-allowed', translate('common.host.stageNotPresenter'));
  }
  if (
    error.errorCode === ErrorCode.NOT_SUPPORTED_ON_PLATFORM ||
    error.errorCode === ErrorCode.NOT_SUPPORTED_IN_CURRENT_CONTEXT
  ) {
    return notInMeeting(error.message ?? `error ${error.errorCode}`);
  }
  return new HostError(
    'failed',
    translate('common.host.stageFailed', { code: String(error.errorCode) }),
  );
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'errorCode' in error) {
    return `error ${String((error as { errorCode: unknown }).errorCode)}`;
  }
  return String(error);
}

/**
 * The teams-js postMessage wire format (teams-js 2.58, `internal/communication` and `messageObjects`).
 * Apps send requests `{ id, uuidAsString, func, args, ... }`; the host answers `{ id, uuidAsString, args }`
 * and pushes events as `{ func, args }` (no id), which teams-js routes to its registered handlers.
 */

/** A request from an app frame, normalised. */
export type AppRequest = {
  id: number;
  /** teams-js serialises its UUID as `uuidAsString`; responses must echo it so the callback is found. */
  uuid: string | undefined;
  func: string;
  args: unknown[];
  /** The payload of calls that carry one outside `args`: `nestedAppAuth.execute` sends msal's request JSON. */
  data?: unknown;
};

export type HostResponse = {
  id: number;
  uuidAsString?: string;
  args: unknown[];
  isPartialResponse?: boolean;
};

export type HostEvent = { func: string; args: unknown[] };

/** teams-js `ErrorCode` values the stand-in answers with. */
export const errorCodes = {
  notSupportedOnPlatform: 100,
  internalError: 500,
  notSupportedInCurrentContext: 501,
  permissionDenied: 1000,
  invalidArguments: 4000,
} as const;

/** teams-js `SdkError`: an object with `errorCode`, which `isSdkError` recognises. */
export type SdkError = { errorCode: number; message: string };

/** Returns the request, or null for anything that is not a teams-js request (responses, other tools' messages). */
export function parseAppRequest(data: unknown): AppRequest | null {
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  if (typeof record.id !== 'number' || typeof record.func !== 'string') return null;
  const uuid =
    typeof record.uuidAsString === 'string'
      ? record.uuidAsString
      : typeof record.uuid === 'string'
        ? record.uuid
        : undefined;
  return {
    id: record.id,
    uuid,
    func: record.func,
    args: Array.isArray(record.args) ? record.args : [],
    ...('data' in record ? { data: record.data } : {}),
  };
}

export function buildResponse(request: AppRequest, args: unknown[]): HostResponse {
  const response: HostResponse = { id: request.id, args };
  if (request.uuid !== undefined) response.uuidAsString = request.uuid;
  return response;
}

export function buildEvent(func: string, args: unknown[] = []): HostEvent {
  return { func, args };
}

export function sdkError(errorCode: number, message: string): SdkError {
  return { errorCode, message };
}

/** What teams-js treats as "not supported": an SdkError first argument, which its helpers throw. */
export function notSupported(func: string): unknown[] {
  return [
    sdkError(
      errorCodes.notSupportedOnPlatform,
      `The Candor dev host does not implement "${func}". Use a real Teams client to test it.`,
    ),
  ];
}

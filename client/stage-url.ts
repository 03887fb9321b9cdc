/** Everything the stage view needs, carried in its URL so it does not depend on the sharer's context. */
export type StageParams = { chatId: string | null; meetingId: string | null };

export const stagePath = '/meeting-extension/stage.html';

export function stageUrl(origin: string, params: StageParams): string {
  const url = new URL(stagePath, origin);
  if (params.chatId) url.searchParams.set('chatId', params.chatId);
  if (params.meetingId) url.searchParams.set('meetingId', params.meetingId);
  return url.toString();
}

/** Reads the stage's ids from its query string; `fallback` (the Teams context) fills the gaps. */
export function readStageParams(search: string, fallback: StageParams): StageParams {
  const query = new URLSearchParams(search);
  return {
    chatId: query.get('chatId') || fallback.chatId,
    meetingId: query.get('meetingId') || fallback.meetingId,
  };
}

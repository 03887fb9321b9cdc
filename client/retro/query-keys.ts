import type { RoomId } from '../../shared/events.js';

export function retroRoom(retroId: string): RoomId {
  return `retro:${retroId}`;
}

export function chatRoom(chatId: string): RoomId {
  return `chat:${chatId}`;
}

/**
 * Retro query keys start with their live room (like client/query-keys.ts), so an event in
 * `retro:<id>` or `chat:<id>` can refresh exactly what it changed.
 */
export const retroKeys = {
  /** Everything retro-related in a meeting chat: the current retro and the history. */
  chat: (chatId: string) => [chatRoom(chatId), 'retro'] as const,
  current: (chatId: string) => [chatRoom(chatId), 'retro', 'current'] as const,
  history: (chatId: string) => [chatRoom(chatId), 'retro', 'history'] as const,
  /** Who else has the start form open in this meeting chat. */
  settingUp: (chatId: string) => [chatRoom(chatId), 'retro', 'setting-up'] as const,
  /** Everything of one retro: its view and its summary. */
  retro: (retroId: string) => [retroRoom(retroId)] as const,
  view: (retroId: string) => [retroRoom(retroId), 'view'] as const,
  summary: (retroId: string) => [retroRoom(retroId), 'summary'] as const,
};

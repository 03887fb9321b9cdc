/**
 * The lobby's "Adele is setting up a retro" signal (#14 item 5). Placeholder until the presence
 * work lands: `useAnnounceSettingUp` tells the meeting that this person has the start form open,
 * and `SettingUpNotice` shows who is setting one up to everyone else.
 */
export function useAnnounceSettingUp(_chatId: string, _open: boolean): void {}

export function SettingUpNotice(_props: { chatId: string }) {
  return null;
}

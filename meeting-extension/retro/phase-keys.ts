/** The parts of a React keyboard event that decide whether Enter sends. */
export type EnterKey = {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey: boolean;
  altKey: boolean;
  keyCode: number;
  nativeEvent: { isComposing: boolean };
};

/**
 * Enter sends, as in a Teams chat (not on a touch-first device); Shift+Enter is a new line;
 * Ctrl/⌘+Enter also sends. While an IME composes (Japanese, Chinese, Korean), Enter only
 * confirms the characters: keyCode 229 covers browsers that end the composition just before
 * the keydown.
 */
export function submitsOnEnter(event: EnterKey, touch = false): boolean {
  if (event.key !== 'Enter' || event.shiftKey || event.altKey) return false;
  if (event.nativeEvent.isComposing || event.keyCode === 229) return false;
  // A phone's keyboard has no Shift+Enter: there Enter writes a new line and the button sends.
  return !touch || event.ctrlKey === true || event.metaKey === true;
}

/** A touch-first device (a phone or tablet without a mouse), where Enter should not send. */
export function touchFirst(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(pointer: coarse)').matches === true;
}

/** The parts of a React keyboard event that decide whether Enter sends. */
export type EnterKey = {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  keyCode: number;
  nativeEvent: { isComposing: boolean };
};

/**
 * Enter sends, as in a Teams chat; Shift+Enter is a new line; Ctrl/⌘+Enter also sends. While an
 * IME composes (Japanese, Chinese, Korean), Enter only confirms the characters: keyCode 229
 * covers browsers that end the composition just before the keydown.
 */
export function submitsOnEnter(event: EnterKey): boolean {
  if (event.key !== 'Enter' || event.shiftKey || event.altKey) return false;
  return !event.nativeEvent.isComposing && event.keyCode !== 229;
}

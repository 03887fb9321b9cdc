import {
  createContext,
  useCallback,
  useContext,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';

/** Says a sentence to screen readers through the page's one polite live region. */
export type Announce = (text: string) => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

// Visually hidden, still read: the usual clip pattern. An inline style, not makeStyles: this sits in
// every page's first script, and runtime-compiled styles would bring Griffel's CSS compiler with it.
const hidden: CSSProperties = {
  position: 'absolute',
  top: 0,
  insetInlineStart: 0,
  width: '1px',
  height: '1px',
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/** The page's polite live region (`#candor-announcer`) and the `useAnnounce()` that writes to it. */
export function Announcer({ children }: { children: ReactNode }) {
  const [text, setText] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const announce = useCallback<Announce>((next) => {
    // Empty first, then the text: a sentence said twice in a row is still read the second time.
    setText('');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setText(next), 50);
  }, []);
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div id="candor-announcer" role="status" aria-live="polite" aria-atomic="true" style={hidden}>
        {text}
      </div>
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}

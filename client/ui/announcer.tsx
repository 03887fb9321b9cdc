import { makeStyles } from '@fluentui/react-components';
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

/** Says a sentence to screen readers through the page's one polite live region. */
export type Announce = (text: string) => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

const useStyles = makeStyles({
  // Visually hidden, still read: the usual clip pattern.
  hidden: {
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
  },
});

/** The page's polite live region (`#candor-announcer`) and the `useAnnounce()` that writes to it. */
export function Announcer({ children }: { children: ReactNode }) {
  const styles = useStyles();
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
      <div
        id="candor-announcer"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className={styles.hidden}
      >
        {text}
      </div>
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}

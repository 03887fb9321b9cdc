import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { LiveStatus } from '../live-client.js';
import type { MessageId } from '../../shared/i18n/en/index.js';
import { useT } from '../i18n.js';

/** How long "connecting" may last before the panel says why it might be stuck. */
export const slowConnectMs = 8_000;

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
  },
  dot: {
    width: '8px',
    height: '8px',
    borderRadius: tokens.borderRadiusCircular,
    flexShrink: 0,
    // Forced colours drop backgrounds; a border keeps the dot visible.
    border: `${tokens.strokeWidthThin} solid currentColor`,
  },
  live: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  waiting: { backgroundColor: tokens.colorPaletteYellowBackground3 },
  failed: { backgroundColor: tokens.colorPaletteRedBackground3 },
});

const labels: Record<Exclude<LiveStatus['state'], 'failed'>, MessageId> = {
  connecting: 'common.connection.connecting',
  live: 'common.connection.live',
  reconnecting: 'common.connection.reconnecting',
};

/**
 * True once the first connection has taken longer than `slowConnectMs`. Browsers open at most six
 * connections to one server over HTTP/1.1 (the dev server, or a proxy without HTTP/2), and every
 * open panel holds one: a seventh waits silently, so the panel says so instead.
 */
function useSlowConnect(state: LiveStatus['state']): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (state !== 'connecting') {
      setSlow(false);
      return undefined;
    }
    const timer = setTimeout(() => setSlow(true), slowConnectMs);
    return () => clearTimeout(timer);
  }, [state]);
  return slow;
}

/** A small, polite indicator of the live connection. */
export function ConnectionStatus({ status }: { status: LiveStatus }) {
  const styles = useStyles();
  const t = useT();
  const slow = useSlowConnect(status.state);
  const tone =
    status.state === 'live'
      ? styles.live
      : status.state === 'failed'
        ? styles.failed
        : styles.waiting;
  return (
    <Caption1 className={styles.root} role="status">
      <span className={mergeClasses(styles.dot, tone)} aria-hidden />
      {status.state === 'failed'
        ? t('common.connection.failed', { reason: status.error.message })
        : slow
          ? t('common.connection.slow')
          : t(labels[status.state])}
    </Caption1>
  );
}

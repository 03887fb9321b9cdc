import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { LiveStatus } from '../live-client.js';

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

const labels: Record<LiveStatus['state'], string> = {
  connecting: 'Connecting for live updates…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  failed: 'Live updates are off',
};

/** A small, polite indicator of the live connection. */
export function ConnectionStatus({ status }: { status: LiveStatus }) {
  const styles = useStyles();
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
        ? `${labels.failed}: ${status.error.message}`
        : labels[status.state]}
    </Caption1>
  );
}

import {
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { formatSeconds, useCountdown } from '../../client/retro/use-countdown.js';
import type { RetroCommand } from '../../shared/retro/api.js';
import { useRetro } from './retro-context.js';

const presets = [60, 180, 300, 600];

const useStyles = makeStyles({
  time: {
    fontVariantNumeric: 'tabular-nums',
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    flexShrink: 0,
  },
  up: { color: tokens.colorPaletteRedForeground1 },
});

/** The shared count-down (synced to server time), shown only while a timer runs. */
export function RetroTimer() {
  const styles = useStyles();
  const { view, fetchedAt } = useRetro();
  const remaining = useCountdown(view, fetchedAt);
  if (remaining === null) return null;
  return (
    <Text
      role="timer"
      aria-label={`Timer: ${formatSeconds(remaining)} left`}
      className={mergeClasses(styles.time, remaining === 0 && styles.up)}
    >
      {remaining === 0 ? "Time's up" : `${formatSeconds(remaining)} left`}
    </Text>
  );
}

/** The facilitator's timer presets and stop, as a group in the top bar's menu. */
export function TimerMenuItems({ send }: { send: (command: RetroCommand) => void }) {
  const { view, allowed } = useRetro();
  const running = view.discussion.timer !== null && view.discussion.timer !== undefined;
  if (!allowed.has('startTimer') && !allowed.has('stopTimer')) return null;
  return (
    <MenuGroup>
      <MenuGroupHeader>{running ? 'Restart the timer' : 'Start a timer'}</MenuGroupHeader>
      {allowed.has('startTimer') &&
        presets.map((seconds) => (
          <MenuItem key={seconds} onClick={() => send({ type: 'startTimer', seconds })}>
            {seconds / 60} min
          </MenuItem>
        ))}
      {allowed.has('stopTimer') && running && (
        <MenuItem onClick={() => send({ type: 'stopTimer' })}>Stop timer</MenuItem>
      )}
    </MenuGroup>
  );
}

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
import { useT } from '../../client/i18n.js';

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
  const t = useT();
  const { view, fetchedAt } = useRetro();
  const remaining = useCountdown(view, fetchedAt);
  if (remaining === null) return null;
  return (
    <Text
      role="timer"
      aria-label={t('panel.timer.label', { time: formatSeconds(remaining) })}
      className={mergeClasses(styles.time, remaining === 0 && styles.up)}
    >
      {remaining === 0
        ? t('panel.timer.up')
        : t('panel.timer.left', { time: formatSeconds(remaining) })}
    </Text>
  );
}

/** The facilitator's timer presets and stop, as a group in the top bar's menu. */
export function TimerMenuItems({ send }: { send: (command: RetroCommand) => void }) {
  const t = useT();
  const { view, allowed } = useRetro();
  const running = view.discussion.timer !== null && view.discussion.timer !== undefined;
  if (!allowed.has('startTimer') && !allowed.has('stopTimer')) return null;
  return (
    <MenuGroup>
      <MenuGroupHeader>{t(running ? 'panel.timer.restart' : 'panel.timer.start')}</MenuGroupHeader>
      {allowed.has('startTimer') &&
        presets.map((seconds) => (
          <MenuItem key={seconds} onClick={() => send({ type: 'startTimer', seconds })}>
            {t('panel.timer.minutes', { minutes: seconds / 60 })}
          </MenuItem>
        ))}
      {allowed.has('stopTimer') && running && (
        <MenuItem onClick={() => send({ type: 'stopTimer' })}>{t('panel.timer.stop')}</MenuItem>
      )}
    </MenuGroup>
  );
}

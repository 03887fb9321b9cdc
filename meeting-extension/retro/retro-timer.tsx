import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { formatSeconds, useCountdown } from '../../client/retro/use-countdown.js';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import { CommandError } from './command-error.js';
import { useRetro } from './retro-context.js';
import { useRetroStyles } from './styles.js';

const presets = [60, 180, 300, 600];

const useStyles = makeStyles({
  time: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  up: { color: tokens.colorPaletteRedForeground1 },
});

/** The shared count-down (synced to server time); the facilitator starts and stops it. */
export function RetroTimer() {
  const styles = useStyles();
  const layout = useRetroStyles();
  const { view, allowed, fetchedAt } = useRetro();
  const remaining = useCountdown(view, fetchedAt);
  const command = useRetroCommand(view.id);
  return (
    <div className={layout.tight}>
      <div className={layout.row}>
        {remaining !== null && (
          <Text
            role="timer"
            aria-label={`Timer: ${formatSeconds(remaining)} left`}
            className={remaining === 0 ? `${styles.time} ${styles.up}` : styles.time}
          >
            {remaining === 0 ? "Time's up" : `⏱ ${formatSeconds(remaining)}`}
          </Text>
        )}
        {allowed.has('startTimer') && (
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button size="small">{remaining ? 'Restart timer' : 'Start timer'}</Button>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {presets.map((seconds) => (
                  <MenuItem
                    key={seconds}
                    onClick={() => void command.send({ type: 'startTimer', seconds })}
                  >
                    {seconds / 60} min
                  </MenuItem>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
        )}
        {allowed.has('stopTimer') && view.discussion.timer && (
          <Button size="small" onClick={() => void command.send({ type: 'stopTimer' })}>
            Stop timer
          </Button>
        )}
      </div>
      <CommandError error={command.error} />
    </div>
  );
}

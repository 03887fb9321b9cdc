import {
  Button,
  Menu,
  MenuDivider,
  MenuItem,
  MenuItemCheckbox,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { machineState } from '../../client/retro/view-state.js';
import { nextPhase, previousPhase } from '../../shared/retro/machine.js';
import type { RetroCommand } from '../../shared/retro/api.js';
import { useRetro } from './retro-context.js';
import { TimerMenuItems } from './retro-timer.js';
import { useRequestPhaseFocus } from './top-bar-focus.js';
import { useT } from '../../client/i18n.js';
import { usePhaseName } from './phase-names.js';

const useStyles = makeStyles({
  // The overflow glyph at body size is a faint speck; larger, it reads as "more".
  more: { fontSize: tokens.fontSizeBase500, flexShrink: 0, minWidth: '32px' },
});

type Send = (command: RetroCommand) => void;

/** A glyph, not a word: the button's name comes from its aria-label. */
const moreGlyph = '⋯';
/** The facilitator's one always-visible control in the top bar. */
export function NextPhaseButton({ send, busy }: { send: Send; busy: boolean }) {
  const { view, allowed } = useRetro();
  const t = useT();
  const phaseName = usePhaseName();
  const requestFocus = useRequestPhaseFocus();
  const next = nextPhase(machineState(view));
  if (!view.me.isFacilitator || !allowed.has('advance') || !next) return null;
  const reveals = view.phase === 'gather' && !view.revealed;
  return (
    <Button
      appearance="primary"
      size="small"
      // Focusable while busy: a disabled button drops keyboard focus to <body>.
      disabledFocusable={busy}
      onClick={() => {
        requestFocus();
        send({ type: 'advance' });
      }}
      title={t(reveals ? 'panel.controls.onToRevealing' : 'panel.controls.onTo', {
        phase: phaseName(next),
      })}
    >
      {t('panel.controls.next')}
    </Button>
  );
}

type MenuProps = {
  send: Send;
  busy: boolean;
  canShare: boolean;
  onShare: () => void;
  onHandOver: () => void;
  onEnd: () => void;
  /** Whether anyone else is in the meeting to hand over to. */
  canHandOver: boolean;
};

/** Everything else the facilitator does, behind one "⋯" button in the top bar. */
export function RetroActionsMenu(props: MenuProps) {
  const styles = useStyles();
  const t = useT();
  const phaseName = usePhaseName();
  const { view, allowed } = useRetro();
  const requestFocus = useRequestPhaseFocus();
  if (!view.me.isFacilitator || view.status !== 'active') return null;
  const previous = previousPhase(machineState(view));
  const { send, busy } = props;
  return (
    <Menu
      positioning="below-end"
      checkedValues={{ postSummary: view.options.postSummary ? ['on'] : [] }}
      onCheckedValueChange={(_, d) =>
        send({ type: 'setPostSummary', enabled: d.checkedItems.includes('on') })
      }
    >
      <MenuTrigger disableButtonEnhancement>
        <Button
          size="small"
          appearance="subtle"
          className={styles.more}
          aria-label={t('panel.controls.more')}
          title={t('panel.controls.more')}
        >
          {moreGlyph}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {allowed.has('back') && previous && (
            <MenuItem
              disabled={busy}
              title={t('panel.controls.backTo', { phase: phaseName(previous) })}
              onClick={() => {
                requestFocus();
                send({ type: 'back' });
              }}
            >
              {t('panel.controls.back')}
            </MenuItem>
          )}
          {allowed.has('reveal') && (
            <MenuItem disabled={busy} onClick={() => send({ type: 'reveal' })}>
              {t('panel.controls.reveal')}
            </MenuItem>
          )}
          <TimerMenuItems send={send} />
          <MenuDivider />
          {props.canShare && (
            <MenuItem onClick={props.onShare}>{t('panel.controls.share')}</MenuItem>
          )}
          {allowed.has('handOver') && props.canHandOver && (
            <MenuItem onClick={props.onHandOver}>{t('panel.controls.handOver')}</MenuItem>
          )}
          {allowed.has('setPostSummary') && (
            <MenuItemCheckbox name="postSummary" value="on" disabled={busy}>
              {t('bot.setting.postSummaryMenu')}
            </MenuItemCheckbox>
          )}
          {allowed.has('end') && (
            <MenuItem onClick={props.onEnd}>{t('panel.controls.end')}</MenuItem>
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

import {
  Caption1,
  makeStyles,
  mergeClasses,
  Subtitle2,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import type { RetroCommand } from '../../shared/retro/api.js';
import { CommandError } from './command-error.js';
import { ConfirmDialogSurface } from './confirm-button.js';
import { NextPhaseButton, RetroActionsMenu } from './facilitator-controls.js';
import { HandOverDialog } from './hand-over.js';
import { PhaseProgress, PhaseProgressBar } from './phase-stepper.js';
import { useRetro } from './retro-context.js';
import { RetroTimer } from './retro-timer.js';
import { ShareStatus, useShareToStage } from './share-board.js';
import { useT } from '../../client/i18n.js';

const useStyles = makeStyles({
  // Sticky and edge to edge of the panel (the page pads by spacingHorizontalM).
  bar: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    boxSizing: 'border-box',
    minWidth: 0,
    marginInline: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginBlockStart: `calc(-1 * ${tokens.spacingVerticalS})`,
    paddingInline: tokens.spacingHorizontalM,
    paddingBlockStart: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  line: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    minHeight: '28px',
  },
  title: {
    margin: 0,
    flexGrow: 1,
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  grow: { flexGrow: 1, minWidth: 0 },
  facilitator: {
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForeground3,
    flexShrink: 1,
  },
  ready: { whiteSpace: 'nowrap' },
  below: { paddingBlockEnd: tokens.spacingVerticalXS },
});

type Dialog = 'none' | 'handOver' | 'end';

/**
 * The side panel's compact top bar: title, timer, phase, who facilitates, who is ready, and the
 * facilitator's "Next phase" plus a menu for the rest. About two to three short lines at 320 px.
 */
export function RetroHeader({ canShare }: { canShare: boolean }) {
  const styles = useStyles();
  const t = useT();
  const { view, allowed, members } = useRetro();
  const command = useRetroCommand(view.id);
  const stage = useShareToStage(view.id);
  const [dialog, setDialog] = useState<Dialog>('none');
  const bar = useStickyPadding();
  const send = (c: RetroCommand) => void command.send(c);
  const facilitating = view.me.isFacilitator && view.status === 'active';
  const facilitator = view.me.isFacilitator
    ? t('panel.header.youFacilitate')
    : t(view.facilitatorAway ? 'panel.header.facilitatorAway' : 'panel.header.facilitator', {
        name: view.facilitator.displayName,
      });
  return (
    <section ref={bar} className={styles.bar} aria-labelledby="retro-title">
      <div className={styles.line}>
        <Subtitle2 as="h2" id="retro-title" className={styles.title} title={view.title}>
          {view.title}
        </Subtitle2>
        <RetroTimer />
        <RetroActionsMenu
          send={send}
          busy={command.isPending}
          canShare={canShare}
          onShare={stage.share}
          canHandOver={members.some((m) => m.userId !== view.me.userId)}
          onHandOver={() => setDialog('handOver')}
          onEnd={() => setDialog('end')}
        />
      </div>
      <div className={styles.line}>
        <PhaseProgress phases={view.phases} phase={view.phase} />
        <Caption1 className={styles.facilitator} title={facilitator}>
          {facilitator}
        </Caption1>
      </div>
      <div className={styles.line}>
        {/* Not a live region: every toggle in the meeting would be read out. */}
        <Caption1 className={styles.ready}>
          {t('panel.header.ready', { ready: view.ready.ready, total: view.ready.total })}
        </Caption1>
        {allowed.has('setReady') && (
          <ToggleButton
            size="small"
            checked={view.me.ready}
            onClick={() => send({ type: 'setReady', ready: !view.me.ready })}
          >
            {t('panel.header.imReady')}
          </ToggleButton>
        )}
        <span className={styles.grow} />
        <NextPhaseButton send={send} busy={command.isPending} />
      </div>
      <PhaseProgressBar phases={view.phases} phase={view.phase} />
      <div className={mergeClasses(styles.below)}>
        {facilitating && <ShareStatus state={stage.state} />}
        <CommandError error={command.error} />
      </div>
      <HandOverDialog
        open={dialog === 'handOver'}
        onOpenChange={(open) => setDialog(open ? 'handOver' : 'none')}
        onHandOver={(userId) => send({ type: 'handOver', userId })}
      />
      <ConfirmDialogSurface
        open={dialog === 'end'}
        onOpenChange={(open) => setDialog(open ? 'end' : 'none')}
        title={t('panel.end.title')}
        confirmLabel={t('panel.controls.end')}
        onConfirm={() => send({ type: 'end' })}
      >
        {t('panel.end.body')}
      </ConfirmDialogSurface>
    </section>
  );
}

/**
 * Keeps keyboard focus out from under the sticky bar: the page's scroll padding follows the
 * bar's height, so a tabbed-to field scrolls into view below it.
 */
function useStickyPadding() {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.scrollPaddingTop = `${element.getBoundingClientRect().height + 8}px`;
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingTop = '';
    };
  }, []);
  return ref;
}

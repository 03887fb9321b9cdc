import { Body1, Button, Caption1, Subtitle2 } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useRetroSummary } from '../../client/retro/use-retro.js';
import { SummaryView } from '../../client/retro/summary-view.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { Loading } from '../../client/ui/loading.js';
import { SettingUpNotice, useAnnounceSettingUp } from './setting-up.js';
import { StartRetro } from './start-retro.js';
import { useRetroStyles } from './styles.js';
import { useT } from '../../client/i18n.js';

/**
 * The meeting's lobby while no retro runs: one sentence and "Set up a retro". The start form opens
 * only when asked, so nobody starts a retro by accident; the others see who is setting one up.
 */
export function Lobby({
  chatId,
  lastRetroId,
  afterEnd = false,
}: {
  chatId: string;
  /** The meeting's last ended retro, offered as a summary to open. */
  lastRetroId?: string | null;
  /** Under a retro that just ended (its summary is already on screen). */
  afterEnd?: boolean;
}) {
  const styles = useRetroStyles();
  const t = useT();
  const [formOpen, setFormOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  useAnnounceSettingUp(chatId, formOpen);
  return (
    <section className={styles.stack} aria-labelledby="lobby-heading">
      {afterEnd ? (
        <Subtitle2 as="h2" id="lobby-heading" className={styles.heading}>
          {t('panel.lobby.next')}
        </Subtitle2>
      ) : (
        <Subtitle2 as="h2" id="lobby-heading" className={styles.heading}>
          {t('panel.lobby.none')}
        </Subtitle2>
      )}
      <SettingUpNotice chatId={chatId} />
      {formOpen ? (
        <StartRetro
          chatId={chatId}
          onCancel={() => {
            setFormOpen(false);
            // The opener comes back after this render: focus it then.
            requestAnimationFrame(() => opener.current?.focus());
          }}
        />
      ) : (
        <div className={styles.tight}>
          {!afterEnd && <Body1 className={styles.text}>{t('panel.lobby.who')}</Body1>}
          <div className={styles.row}>
            <Button ref={opener} appearance="primary" onClick={() => setFormOpen(true)}>
              {t('panel.lobby.setUp')}
            </Button>
          </div>
        </div>
      )}
      {lastRetroId && !afterEnd && <LastSummary retroId={lastRetroId} />}
    </section>
  );
}

function LastSummary({ retroId }: { retroId: string }) {
  const styles = useRetroStyles();
  const t = useT();
  const [open, setOpen] = useState(false);
  const summary = useRetroSummary(retroId, open);
  return (
    <section className={styles.section} aria-label={t('panel.lobby.last')}>
      <Caption1>{t('panel.lobby.lastEnded')}</Caption1>
      <div className={styles.row}>
        <Button onClick={() => setOpen(!open)} aria-expanded={open}>
          {t(open ? 'panel.lobby.hideLast' : 'panel.lobby.showLast')}
        </Button>
      </div>
      {open && summary.isPending && <Loading label={t('panel.summary.loading')} />}
      {open && summary.isError && <ErrorPanel error={summary.error} />}
      {open && summary.data && <SummaryView summary={summary.data} />}
    </section>
  );
}

import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useFormat } from '../format.js';
import { useHost } from '../host-context.js';
import { ErrorPanel } from '../ui/error-panel.js';
import { Loading } from '../ui/loading.js';
import { SummaryView } from './summary-view.js';
import { useRetroHistory, useRetroSummary } from './use-retro.js';
import { stackedList } from '../ui/list-styles.js';
import { useRichT, useT } from '../i18n.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { margin: 0 },
  list: stackedList(),
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  text: { overflowWrap: 'anywhere', minWidth: 0 },
});

type Entry = { id: string; title: string; date: string; status: 'active' | 'ended' };

/** The meeting chat tab: the latest summary and this meeting series' earlier retros. */
export function MeetingRetros({
  chatId,
  openRetroId = null,
}: {
  chatId: string;
  /** An earlier retro to show open (a deep link from the summary card names it). */
  openRetroId?: string | null;
}) {
  const styles = useStyles();
  const t = useT();
  const rich = useRichT();
  const history = useRetroHistory(chatId);
  if (history.isPending) return <Loading label={t('panel.chat.loading')} />;
  if (history.isError) {
    return (
      <ErrorPanel
        title={t('panel.chat.loadFailed')}
        error={history.error}
        onRetry={() => void history.refetch()}
      />
    );
  }
  const retros = history.data.retros;
  const running = retros.find((r) => r.status === 'active');
  const ended = retros.filter((r) => r.status === 'ended');
  const [latest, ...earlier] = ended;
  return (
    <div className={styles.root}>
      {running && (
        <Body1>
          {rich('panel.chat.running', {
            title: running.title,
            b: (chunks) => <strong className={styles.text}>{chunks}</strong>,
          })}
        </Body1>
      )}
      {!latest && !running && <Body1>{t('panel.chat.none')}</Body1>}
      {latest && (
        <section className={styles.item} aria-label={t('panel.chat.latest')}>
          <Summary retroId={latest.id} chatId={chatId} initiallyOpen />
        </section>
      )}
      {earlier.length > 0 && (
        <section className={styles.root} aria-labelledby="history-heading">
          <Subtitle2 as="h2" id="history-heading" className={styles.heading}>
            {t('panel.chat.earlier')}
          </Subtitle2>
          <ul className={styles.list}>
            {earlier.map((entry) => (
              <HistoryItem
                key={entry.id}
                entry={entry}
                chatId={chatId}
                open={entry.id === openRetroId}
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function HistoryItem({ entry, chatId, open }: { entry: Entry; chatId: string; open: boolean }) {
  const styles = useStyles();
  const fmt = useFormat();
  return (
    <li className={styles.item}>
      <Summary
        retroId={entry.id}
        chatId={chatId}
        title={`${entry.title} · ${fmt.day(entry.date)}`}
        initiallyOpen={open}
      />
    </li>
  );
}

function Summary({
  retroId,
  chatId,
  title,
  initiallyOpen = false,
}: {
  retroId: string;
  chatId: string;
  title?: string;
  initiallyOpen?: boolean;
}) {
  const styles = useStyles();
  const t = useT();
  // The signed-in person's own action items get "Add to To Do" (the server checks the owner again).
  const { userId } = useHost().info;
  const todo = userId ? { chatId, userId } : undefined;
  const [open, setOpen] = useState(initiallyOpen);
  const summary = useRetroSummary(retroId, open);
  return (
    <>
      {title && (
        <div className={styles.row}>
          <Caption1 className={styles.text}>{title}</Caption1>
          <Button size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
            {t(open ? 'panel.chat.hide' : 'panel.chat.show')}
          </Button>
        </div>
      )}
      {open && summary.isPending && <Loading label={t('panel.summary.loading')} />}
      {open && summary.isError && <ErrorPanel error={summary.error} />}
      {open && summary.data && <SummaryView summary={summary.data} level={2} todo={todo} />}
    </>
  );
}

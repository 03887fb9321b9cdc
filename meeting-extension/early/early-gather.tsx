import { Body1, Caption1, Subtitle2 } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useFormat } from '../../client/format.js';
import { useT } from '../../client/i18n.js';
import { useEarlyStatus } from '../../client/retro/use-early.js';
import { useRetroView } from '../../client/retro/use-retro.js';
import { abilities } from '../../client/retro/view-state.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { Loading } from '../../client/ui/loading.js';
import GatherPhase from '../retro/gather-phase.js';
import { RetroContext, type RetroContextValue } from '../retro/retro-context.js';
import { useRetroStyles } from '../retro/styles.js';

/**
 * A retro waiting at Gather, in the meeting chat tab: the same composer, own cards and hidden
 * counts as the side panel. Once the retro moves on, the meeting's side panel is the place.
 */
export function EarlyGather({ retroId }: { retroId: string }) {
  const styles = useRetroStyles();
  const t = useT();
  const query = useRetroView(retroId);
  const view = query.data;
  const value = useMemo<RetroContextValue | null>(
    () =>
      view ? { view, allowed: abilities(view), fetchedAt: query.dataUpdatedAt, members: [] } : null,
    [view, query.dataUpdatedAt],
  );
  if (query.isPending) return <Loading label={t('early.gather.loading')} />;
  if (!value) {
    return (
      <ErrorPanel
        title={t('early.gather.loadFailed')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (value.view.status !== 'active' || value.view.phase !== 'gather') return null;
  return (
    <section className={styles.stack} aria-labelledby="early-gather-heading">
      <Subtitle2 as="h2" id="early-gather-heading" className={styles.heading}>
        {t('early.gather.heading', { title: value.view.title })}
      </Subtitle2>
      <Body1 className={styles.text}>{t('early.gather.intro')}</Body1>
      <Caption1 className={styles.text}>{t('early.gather.next')}</Caption1>
      <ReminderNote retroId={retroId} />
      <RetroContext.Provider value={value}>
        <GatherPhase />
      </RetroContext.Provider>
    </section>
  );
}

function ReminderNote({ retroId }: { retroId: string }) {
  const styles = useRetroStyles();
  const t = useT();
  const fmt = useFormat();
  const status = useEarlyStatus(retroId);
  const reminder = status.data?.reminder;
  if (!reminder) return null;
  const text =
    reminder.status === 'pending'
      ? t('early.reminder.pending', { at: fmt.moment(reminder.at) })
      : reminder.status === 'sent'
        ? t('early.reminder.sent')
        : t('early.reminder.notSent');
  return <Caption1 className={styles.text}>{text}</Caption1>;
}

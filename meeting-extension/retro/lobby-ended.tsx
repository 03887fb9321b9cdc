import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useRetroSummary } from '../../client/retro/use-retro.js';
import { SummaryView } from '../../client/retro/summary-view.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { Loading } from '../../client/ui/loading.js';
import { useRetroStyles } from './styles.js';
import { useT } from '../../client/i18n.js';

/**
 * A retro that ended while this panel showed it stays on screen as its summary: people were
 * reading it when "End retro" used to throw them back to the start form.
 */
export function EndedRetro({ retroId }: { retroId: string }) {
  const styles = useRetroStyles();
  const t = useT();
  const summary = useRetroSummary(retroId, true);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The facilitator's dialog, or the phase content, took focus with it: start here instead.
    const active = document.activeElement;
    // Only in the panel the person is using: focus() elsewhere would pull them out of it.
    if (document.hasFocus() && (!active || active === document.body))
      heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section className={styles.stack} aria-labelledby="ended-heading">
      <MessageBar intent="info">
        <MessageBarBody>
          <Text as="h2" size={400} weight="semibold" id="ended-heading" ref={heading} tabIndex={-1}>
            {t('panel.ended.title')}
          </Text>
        </MessageBarBody>
      </MessageBar>
      {summary.isPending && <Loading label={t('panel.summary.loading')} />}
      {summary.isError && (
        <ErrorPanel
          title={t('panel.summary.loadFailed')}
          error={summary.error}
          onRetry={() => void summary.refetch()}
        />
      )}
      {summary.data && <SummaryView summary={summary.data} />}
    </section>
  );
}

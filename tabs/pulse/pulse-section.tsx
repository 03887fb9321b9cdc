import { Body1, Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { PulseSummary } from '../../shared/pulse/api.js';
import { useT } from '../../client/i18n.js';
import { stackedList } from '../../client/ui/list-styles.js';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  list: stackedList(tokens.spacingVerticalS),
  more: { alignSelf: 'flex-start' },
});

type Props = {
  title: string;
  pulses: readonly PulseSummary[];
  /** Said when the section is empty; an empty section without it is not shown at all. */
  empty?: string;
  /** Show this many, then "Show more"; all when not set. */
  pageSize?: number;
  renderPulse: (pulse: PulseSummary) => ReactNode;
};

/** A headed list of pulses; a long one pages, and "Show more" moves focus to the first new card. */
export function PulseSection({ title, pulses, empty, pageSize, renderPulse }: Props) {
  const styles = useStyles();
  const t = useT();
  const headingId = useId();
  const [shown, setShown] = useState(pageSize ?? Number.POSITIVE_INFINITY);
  const list = useRef<HTMLUListElement>(null);
  const firstNew = useRef<number | null>(null);
  useEffect(() => {
    if (firstNew.current === null) return;
    const item = list.current?.children[firstNew.current];
    firstNew.current = null;
    const card = item?.querySelector<HTMLElement>('article');
    if (!card) return;
    card.tabIndex = -1;
    card.focus();
  }, [shown]);
  if (pulses.length === 0 && empty === undefined) return null;
  const visible = pulses.slice(0, shown);
  const rest = pulses.length - visible.length;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {title}
        {pulses.length > 0 && t('pulse.section.count', { count: pulses.length })}
      </Subtitle2>
      {pulses.length === 0 ? (
        <Body1>{empty}</Body1>
      ) : (
        <ul ref={list} className={styles.list} aria-label={title}>
          {visible.map((pulse) => (
            <li key={pulse.id}>{renderPulse(pulse)}</li>
          ))}
        </ul>
      )}
      {rest > 0 && pageSize !== undefined && (
        <Button
          className={styles.more}
          onClick={() => {
            firstNew.current = visible.length;
            setShown((n) => n + pageSize);
          }}
        >
          {t('pulse.section.showMore', { count: Math.min(rest, pageSize), rest })}
        </Button>
      )}
    </section>
  );
}

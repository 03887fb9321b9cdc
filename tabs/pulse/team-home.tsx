import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { Loading } from '../../client/ui/loading.js';
import { usePulseList } from '../../client/pulse/use-pulses.js';
import { AnonymityExplainer } from './anonymity-explainer.js';
import { MemberPulses } from './member-pulses.js';
import { OwnerPulses } from './owner-pulses.js';
import { useT } from '../../client/i18n.js';

// The form, the answer flow and the results load when opened: most visits only read the list.
const CreatePulseForm = lazy(() =>
  import('./create-pulse-form.js').then((m) => ({ default: m.CreatePulseForm })),
);
const AnswerFlow = lazy(() => import('./answer-flow.js').then((m) => ({ default: m.AnswerFlow })));
const ResultsView = lazy(() =>
  import('./results-view.js').then((m) => ({ default: m.ResultsView })),
);
const TrendsView = lazy(() =>
  import('../trends/trends-view.js').then((m) => ({ default: m.TrendsView })),
);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  heading: { ...typographyStyles.subtitle1, margin: 0, ':focus-visible': { outline: 'none' } },
});

type View =
  | { kind: 'home' }
  | { kind: 'create' }
  | { kind: 'answer'; pulseId: string }
  | { kind: 'results'; pulseId: string }
  | { kind: 'trends' };

/** The channel tab's pulse home: owners run pulses and read results; members answer. */
export function TeamHome({ teamId }: { teamId: string }) {
  const styles = useStyles();
  const t = useT();
  const list = usePulseList(teamId);
  const [view, setView] = useState<View>({ kind: 'home' });
  const returned = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const home = () => {
    returned.current = true;
    setView({ kind: 'home' });
  };
  // Coming back from a sub-view, land on the list's heading rather than wherever the page had scrolled.
  useEffect(() => {
    if (view.kind !== 'home' || !returned.current) return;
    returned.current = false;
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'nearest' });
  }, [view]);

  if (list.isPending) return <Loading label={t('pulse.home.loading')} />;
  if (list.isError) {
    return (
      <ErrorPanel
        title={t('pulse.home.loadFailed')}
        error={list.error}
        onRetry={() => void list.refetch()}
      />
    );
  }
  const { pulses, role, teamSize } = list.data;
  const isOwner = role === 'owner';
  // Members see trends only of results an owner shared.
  const canSeeTrends = isOwner || pulses.some((p) => p.status === 'closed' && p.shared);
  const pulse = 'pulseId' in view ? pulses.find((p) => p.id === view.pulseId) : undefined;

  let content;
  if (view.kind === 'create' && isOwner) {
    content = <CreatePulseForm teamId={teamId} teamSize={teamSize} onDone={home} />;
  } else if (view.kind === 'answer' && pulse) {
    content = <AnswerFlow teamId={teamId} pulse={pulse} onDone={home} />;
  } else if (view.kind === 'trends' && canSeeTrends) {
    content = <TrendsView teamId={teamId} onBack={home} />;
  } else if (view.kind === 'results' && pulse) {
    content = (
      <ResultsView
        teamId={teamId}
        pulse={pulse}
        isOwner={isOwner}
        teamSize={teamSize}
        onBack={home}
      />
    );
  } else {
    content = (
      <>
        <div className={styles.bar}>
          <h2 ref={heading} tabIndex={-1} className={styles.heading}>
            {t('pulse.home.title')}
          </h2>
          <div className={styles.actions}>
            {canSeeTrends && (
              <Button onClick={() => setView({ kind: 'trends' })}>{t('pulse.home.trends')}</Button>
            )}
            {isOwner && (
              <Button appearance="primary" onClick={() => setView({ kind: 'create' })}>
                {t('pulse.home.new')}
              </Button>
            )}
          </div>
        </div>
        <AnonymityExplainer />
        {isOwner ? (
          <OwnerPulses
            teamId={teamId}
            pulses={pulses}
            onAnswer={(pulseId) => setView({ kind: 'answer', pulseId })}
            onResults={(pulseId) => setView({ kind: 'results', pulseId })}
          />
        ) : (
          <MemberPulses
            pulses={pulses}
            onAnswer={(pulseId) => setView({ kind: 'answer', pulseId })}
            onResults={(pulseId) => setView({ kind: 'results', pulseId })}
          />
        )}
      </>
    );
  }
  return (
    <section className={styles.root} aria-label={t('pulse.home.title')}>
      <Suspense fallback={<Loading label={t('panel.loading')} />}>{content}</Suspense>
    </section>
  );
}

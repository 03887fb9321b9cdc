import {
  Body1,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Switch,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { PulseSummary } from '../../shared/pulse/api.js';
import { useRichT, useT } from '../../client/i18n.js';
import { useItemText } from '../../client/pulse/use-item-text.js';
import { ItemTextNote } from '../../client/pulse/item-text-note.js';
import {
  canSubmit,
  emptyDraft,
  itemCount,
  progressLabel,
  submitBody,
  submitHint,
  withSlot,
  type AnswerDraft,
} from '../../client/pulse/answer-state.js';
import { pulseTitle } from '../../client/pulse/pulse-list.js';
import { useSubmitResponse } from '../../client/pulse/use-pulse-actions.js';
import { isAlreadyAnswered } from '../../client/pulse/write-policy.js';
import { userMessage } from '../../client/api-error.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { useAnnounce } from '../../client/ui/announcer.js';
import { AnonymityExplainer } from './anonymity-explainer.js';
import { AnswerItem } from './answer-item.js';
import { ViewHeader } from './view-header.js';
import { stackedList } from '../../client/ui/list-styles.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  items: stackedList(tokens.spacingVerticalXL),
  nav: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // Back, Skip and Next share one row at 320 px in every shipped language, each as wide as its
  // word needs (German "Auslassen", never "Auslasse/n"); a row too narrow for the words wraps.
  stepNav: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  navButton: {
    minHeight: '44px',
    flexGrow: 1,
    flexShrink: 1,
    flexBasis: 0,
    minWidth: 'max-content',
    paddingInline: tokens.spacingHorizontalS,
  },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground2 },
});

type Props = { teamId: string; pulse: PulseSummary; onDone: () => void };

/** Answering a pulse: one statement at a time or all on one screen, each skippable. */
export function AnswerFlow({ teamId, pulse, onDone }: Props) {
  const styles = useStyles();
  const [draft, setDraft] = useState<AnswerDraft>(emptyDraft);
  const [allAtOnce, setAllAtOnce] = useState(false);
  // Steps 0–6 are the statements; step 7 is the comment and Submit.
  const [step, setStep] = useState(0);
  const submit = useSubmitResponse(teamId, pulse.id);
  const t = useT();
  const idBase = useId();
  const richT = useRichT();
  const { items } = useItemText();
  const title = t('pulse.answer.title', { title: pulseTitle(pulse) });

  if (submit.isSuccess) {
    return (
      <div className={styles.root}>
        <ViewHeader title={title} onBack={onDone} />
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>
            {richT('pulse.answer.doneBody', {
              k: pulse.k,
              title: (chunks: ReactNode[]) => <MessageBarTitle>{chunks}</MessageBarTitle>,
            })}
          </MessageBarBody>
        </MessageBar>
        <div className={styles.nav}>
          <Button appearance="primary" onClick={onDone}>
            {t('pulse.answer.backToPulses')}
          </Button>
        </div>
      </div>
    );
  }
  if (pulse.answered || (submit.isError && isAlreadyAnswered(submit.error))) {
    return (
      <div className={styles.root}>
        <ViewHeader title={title} onBack={onDone} />
        <MessageBar intent="info" layout="multiline" role="status">
          <MessageBarBody>
            {submit.isError ? userMessage(submit.error) : t('pulse.answer.alreadyAnswered')}
          </MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  if (pulse.status !== 'open') {
    return (
      <div className={styles.root}>
        <ViewHeader title={title} onBack={onDone} />
        <Body1>{t('pulse.answer.notOpen')}</Body1>
      </div>
    );
  }

  const setSlot = (index: number) => (value: AgreementOrSkip) =>
    setDraft((d) => withSlot(d, index, value));
  const send = () =>
    void submit.run(submitBody(draft, pulse.openQuestion !== null)).catch(() => undefined);
  const ready = canSubmit(draft.slots);
  const hintId = `${idBase}-hint`;

  const finish = (
    <>
      {pulse.openQuestion !== null && (
        <Field label={pulse.openQuestion} hint={t('pulse.answer.commentHint')}>
          <Textarea
            value={draft.comment}
            maxLength={2000}
            resize="vertical"
            onChange={(_, data) => setDraft((d) => ({ ...d, comment: data.value }))}
          />
        </Field>
      )}
      <Body1 id={hintId} className={styles.hint}>
        {submitHint(draft.slots)}
      </Body1>
      {submit.isError && <ErrorPanel title={t('pulse.answer.notSent')} error={submit.error} />}
    </>
  );
  const submitButton = (
    <Button
      appearance="primary"
      className={styles.navButton}
      disabled={!ready || submit.isPending}
      aria-describedby={hintId}
      onClick={send}
    >
      {submit.isPending ? t('pulse.answer.sending') : t('pulse.answer.submit')}
    </Button>
  );

  return (
    <div className={styles.root}>
      <ViewHeader title={title} onBack={onDone} />
      <AnonymityExplainer />
      <Switch
        checked={allAtOnce}
        onChange={(_, data) => setAllAtOnce(data.checked)}
        label={t('pulse.answer.allAtOnce')}
      />
      {allAtOnce ? (
        <>
          <ol className={styles.items} aria-label={t('pulse.answer.statements')}>
            {items.map((item, i) => (
              <li key={item.id}>
                <AnswerItem
                  item={item}
                  position={i + 1}
                  value={draft.slots[i] ?? null}
                  onChange={setSlot(i)}
                  showSkip
                />
              </li>
            ))}
          </ol>
          <ItemTextNote className={styles.hint} />
          {finish}
          <div className={styles.nav}>{submitButton}</div>
        </>
      ) : step < itemCount ? (
        <StepItem
          step={step}
          draft={draft}
          onChange={setSlot(step)}
          onStep={setStep}
          navClass={styles.navButton}
          rowClass={styles.stepNav}
          progressClass={styles.progress}
        />
      ) : (
        <>
          {finish}
          <div className={styles.nav}>
            <Button className={styles.navButton} onClick={() => setStep(itemCount - 1)}>
              {t('pulse.answer.back')}
            </Button>
            {submitButton}
          </div>
        </>
      )}
    </div>
  );
}

type AgreementOrSkip = Parameters<typeof withSlot>[2];

type StepProps = {
  step: number;
  draft: AnswerDraft;
  onChange: (value: AgreementOrSkip) => void;
  onStep: (step: number) => void;
  navClass: string;
  rowClass: string;
  progressClass: string;
};

function StepItem({ step, draft, onChange, onStep, navClass, rowClass, progressClass }: StepProps) {
  const t = useT();
  const item = useItemText().items[step];
  useStepAnnouncement(step);
  if (!item) return null;
  const next = () => onStep(step + 1);
  return (
    <>
      <div className={progressClass}>
        <Body1>{progressLabel(step)}</Body1>
        <ProgressBar value={(step + 1) / itemCount} aria-hidden />
      </div>
      <AnswerItem
        key={item.id}
        item={item}
        position={step + 1}
        value={draft.slots[step] ?? null}
        onChange={onChange}
      />
      <ItemTextNote />
      <div className={rowClass}>
        <Button className={navClass} disabled={step === 0} onClick={() => onStep(step - 1)}>
          {t('pulse.answer.back')}
        </Button>
        <Button
          className={navClass}
          onClick={() => {
            onChange('skipped');
            next();
          }}
        >
          {t('pulse.answer.skip')}
        </Button>
        <Button
          appearance="primary"
          className={navClass}
          disabled={typeof draft.slots[step] !== 'number'}
          onClick={next}
        >
          {t('pulse.answer.next')}
        </Button>
      </div>
    </>
  );
}

/** Says "Statement 3 of 7" through the page's live region when the step changes (not on arrival). */
function useStepAnnouncement(step: number): void {
  const announce = useAnnounce();
  const shown = useRef(step);
  useEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    announce(progressLabel(step));
  }, [announce, step]);
}

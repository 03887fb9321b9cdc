import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { commentsThreshold, minK } from '../../shared/pulse/items.js';
import {
  commentsPossible,
  defaultFormValues,
  maxK,
  recurrenceMessages,
  recurrenceOptions,
  teamSizeSentence,
  validatePulseForm,
  type PulseFormErrors,
  type PulseFormValues,
} from '../../client/pulse/create-form.js';
import { useCreatePulse } from '../../client/pulse/use-pulse-actions.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { ViewHeader } from './view-header.js';
import { useT } from '../../client/i18n.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 14rem), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  question: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground2 },
});

type Props = { teamId: string; teamSize: number; onDone: () => void };

const fieldState = (message: string | undefined) =>
  message ? { validationMessage: message, validationState: 'error' as const } : {};

/** Owners schedule a pulse: the Edmondson seven, timing, recurrence, threshold and open question. */
export function CreatePulseForm({ teamId, teamSize, onDone }: Props) {
  const styles = useStyles();
  const t = useT();
  const [values, setValues] = useState<PulseFormValues>(() =>
    defaultFormValues(new Date(), teamSize),
  );
  const [errors, setErrors] = useState<PulseFormErrors>({});
  const create = useCreatePulse(teamId);
  const set = <K extends keyof PulseFormValues>(key: K, value: PulseFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validatePulseForm(values, { teamSize, now: new Date() });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    void create.run(result.body).then(onDone, () => undefined);
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={t('pulse.home.new')}>
      <ViewHeader title={t('pulse.home.new')} onBack={onDone} />
      <Body1 className={styles.note}>{t('pulse.create.intro')}</Body1>
      <MessageBar intent="info" layout="multiline" aria-live="polite">
        <MessageBarBody>
          {teamSizeSentence(teamSize, values.k, values.includeQuestion)}
        </MessageBarBody>
      </MessageBar>
      <Field
        label={t('pulse.create.title')}
        hint={t('pulse.create.titleHint')}
        {...fieldState(errors.title)}
      >
        <Input value={values.title} maxLength={120} onChange={(_, d) => set('title', d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={t('pulse.create.opens')} required {...fieldState(errors.opensAt)}>
          <Input
            type="datetime-local"
            value={values.opensAt}
            onChange={(_, d) => set('opensAt', d.value)}
          />
        </Field>
        <Field label={t('pulse.create.closes')} required {...fieldState(errors.closesAt)}>
          <Input
            type="datetime-local"
            value={values.closesAt}
            onChange={(_, d) => set('closesAt', d.value)}
          />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={t('pulse.create.repeats')} hint={t('pulse.create.repeatsHint')}>
          <Select
            value={values.recurrence}
            onChange={(_, d) => {
              const match = recurrenceOptions.find((r) => r === d.value);
              if (match) set('recurrence', match);
            }}
          >
            {recurrenceOptions.map((r) => (
              <option key={r} value={r}>
                {t(recurrenceMessages[r])}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={t('pulse.create.k')}
          hint={t('pulse.create.kHint', { min: minK, size: teamSize })}
          {...fieldState(errors.k)}
        >
          <Input
            type="number"
            inputMode="numeric"
            min={minK}
            max={maxK(teamSize)}
            step={1}
            value={values.k}
            onChange={(_, d) => set('k', d.value)}
          />
        </Field>
      </div>
      <div className={styles.question}>
        {values.includeQuestion ? (
          <>
            <Field
              label={t('pulse.create.question')}
              hint={t('pulse.create.questionHint', { threshold: commentsThreshold })}
              {...fieldState(errors.question)}
            >
              <Textarea
                value={values.question}
                maxLength={300}
                resize="vertical"
                onChange={(_, d) => set('question', d.value)}
              />
            </Field>
            <div>
              <Button onClick={() => set('includeQuestion', false)}>
                {t('pulse.create.removeQuestion')}
              </Button>
            </div>
          </>
        ) : (
          <div>
            <Button onClick={() => set('includeQuestion', true)}>
              {t(
                commentsPossible(teamSize)
                  ? 'pulse.create.addQuestion'
                  : 'pulse.create.addQuestionAnyway',
              )}
            </Button>
          </div>
        )}
      </div>
      {Object.keys(errors).length > 0 && <Body1 role="alert">{t('pulse.create.fix')}</Body1>}
      {create.isError && <ErrorPanel title={t('pulse.create.failed')} error={create.error} />}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={create.isPending}>
          {t(create.isPending ? 'pulse.create.creating' : 'pulse.create.create')}
        </Button>
        <Button onClick={onDone}>{t('panel.start.cancel')}</Button>
      </div>
    </form>
  );
}

import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useT } from '../../client/i18n.js';
import {
  checkinQuestionIds,
  checkinQuestionMessageId,
  isLibraryQuestion,
  suggestQuestion,
  type CheckinQuestion,
  type StoredCheckinQuestion,
} from '../../shared/retro/checkin.js';
import { useRetroStyles } from './styles.js';

/** The picker's state: `none`, `own` (with its text) or a library question id. */
export type QuestionDraft = { choice: string; own: string };

export const suggestedDraft = (not?: string): QuestionDraft => ({
  choice: suggestQuestion(Math.random, not),
  own: '',
});

export function draftOf(question: StoredCheckinQuestion | null): QuestionDraft {
  if (!question) return { choice: 'none', own: '' };
  return question.kind === 'own'
    ? { choice: 'own', own: question.text }
    : { choice: question.id, own: '' };
}

/** The question a draft stands for; `invalid` when "write my own" has no text yet. */
export function questionOf(draft: QuestionDraft): CheckinQuestion | null | 'invalid' {
  if (draft.choice === 'none') return null;
  if (draft.choice === 'own') {
    const text = draft.own.trim();
    return text ? { kind: 'own', text } : 'invalid';
  }
  return isLibraryQuestion(draft.choice) ? { kind: 'library', id: draft.choice } : null;
}

/** A library question in the viewer's language; a written one as written. */
export function useQuestionText() {
  const t = useT();
  return (question: StoredCheckinQuestion | null): string | null => {
    if (!question) return null;
    if (question.kind === 'own') return question.text;
    return isLibraryQuestion(question.id) ? t(checkinQuestionMessageId(question.id)) : null;
  };
}

type Props = {
  value: QuestionDraft;
  onChange: (draft: QuestionDraft) => void;
  /** Shown once the person tried to go on with "write my own" and no text. */
  showProblem: boolean;
};

/** Pick a check-in question from the library, take a suggested one, or write one. */
export function CheckinPicker({ value, onChange, showProblem }: Props) {
  const styles = useRetroStyles();
  const t = useT();
  const { choice } = value;
  const problem =
    showProblem && questionOf(value) === 'invalid' ? t('checkin.pick.ownProblem') : undefined;
  return (
    <div className={styles.tight}>
      <Field
        label={t('checkin.pick.label')}
        // A long question is cut off in the closed select at 320 px: the hint shows it whole.
        hint={
          isLibraryQuestion(choice) ? t(checkinQuestionMessageId(choice)) : t('checkin.pick.hint')
        }
      >
        <Select
          className={styles.narrowSelect}
          select={{ className: styles.narrowSelectControl }}
          value={value.choice}
          onChange={(_, d) => onChange({ ...value, choice: d.value })}
        >
          <option value="none">{t('checkin.pick.none')}</option>
          <optgroup label={t('checkin.pick.library')}>
            {checkinQuestionIds.map((id) => (
              <option key={id} value={id}>
                {t(checkinQuestionMessageId(id))}
              </option>
            ))}
          </optgroup>
          <option value="own">{t('checkin.pick.own')}</option>
        </Select>
      </Field>
      {value.choice === 'own' && (
        <Field
          label={t('checkin.pick.ownLabel')}
          validationMessage={problem}
          validationState={problem ? 'error' : 'none'}
        >
          <Input
            value={value.own}
            maxLength={200}
            onChange={(_, d) => onChange({ ...value, own: d.value })}
          />
        </Field>
      )}
      <div className={styles.row}>
        <Button type="button" size="small" onClick={() => onChange(suggestedDraft(value.choice))}>
          {t('checkin.pick.suggest')}
        </Button>
      </div>
    </div>
  );
}

import {
  Body1,
  Button,
  Field,
  mergeClasses,
  Subtitle2,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useT } from '../../client/i18n.js';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import {
  CheckinPicker,
  draftOf,
  questionOf,
  useQuestionText,
  type QuestionDraft,
} from './checkin-picker.js';
import { CommandError } from './command-error.js';
import { useRetro } from './retro-context.js';
import { useRetroStyles } from './styles.js';

/** The facilitator changes the question in place; a change clears the answers so far. */
function ChangeQuestion({ onDone }: { onDone: () => void }) {
  const styles = useRetroStyles();
  const t = useT();
  const { view } = useRetro();
  const command = useRetroCommand(view.id);
  const [draft, setDraft] = useState<QuestionDraft>(() => draftOf(view.checkin.question));
  const [tried, setTried] = useState(false);
  async function apply() {
    setTried(true);
    const question = questionOf(draft);
    if (question === 'invalid') return;
    if (await command.send({ type: 'setCheckinQuestion', question })) onDone();
  }
  return (
    <div className={styles.section}>
      <CheckinPicker value={draft} onChange={setDraft} showProblem={tried} />
      {view.checkin.answered > 0 && (
        <Text className={styles.muted}>{t('checkin.pick.clears')}</Text>
      )}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void apply()} disabled={command.isPending}>
          {t('checkin.pick.set')}
        </Button>
        <Button onClick={onDone}>{t('checkin.pick.cancel')}</Button>
      </div>
      <CommandError error={command.error} title={t('checkin.pick.failed')} />
    </div>
  );
}

/** The optional answer: shared, changed or taken back while check-in lasts. */
function AnswerForm() {
  const styles = useRetroStyles();
  const t = useT();
  const { view, allowed } = useRetro();
  const command = useRetroCommand(view.id);
  const [text, setText] = useState(view.me.checkin ?? '');
  const [tried, setTried] = useState(false);
  const disabled = !allowed.has('answerCheckin') || command.isPending;
  const problem = tried && !text.trim() ? t('checkin.answer.empty') : undefined;
  async function share() {
    setTried(true);
    if (!text.trim()) return;
    if (await command.send({ type: 'answerCheckin', text: text.trim() })) setTried(false);
  }
  async function withdraw() {
    if (await command.send({ type: 'answerCheckin', text: null })) setText('');
  }
  return (
    <div className={styles.tight}>
      <Field
        label={t('checkin.answer.label')}
        validationMessage={problem}
        validationState={problem ? 'error' : 'none'}
      >
        <Textarea
          value={text}
          maxLength={280}
          resize="vertical"
          onChange={(_, d) => setText(d.value)}
        />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => void share()} disabled={disabled}>
          {t(view.me.checkin === null ? 'checkin.answer.send' : 'checkin.answer.update')}
        </Button>
        {view.me.checkin !== null && (
          <Button appearance="subtle" onClick={() => void withdraw()} disabled={disabled}>
            {t('checkin.answer.withdraw')}
          </Button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {view.me.checkin !== null && (
          <Text className={styles.muted}>{t('checkin.answer.yours')}</Text>
        )}
      </div>
      <CommandError error={command.error} title={t('checkin.answer.failed')} />
    </div>
  );
}

/** The check-in question, above the safety check: the question, an optional answer, the answers. */
export function CheckinQuestionSection() {
  const styles = useRetroStyles();
  const t = useT();
  const questionText = useQuestionText();
  const { view, allowed } = useRetro();
  const show = useRetroCommand(view.id);
  const [changing, setChanging] = useState(false);
  const question = questionText(view.checkin.question);
  const { checkin } = view;
  return (
    <section className={styles.stack} aria-labelledby="checkin-question-heading">
      <Subtitle2 as="h3" id="checkin-question-heading" className={styles.heading}>
        {t('checkin.section.title')}
      </Subtitle2>
      {question ? (
        <>
          <Text as="p" weight="semibold" className={mergeClasses(styles.text, styles.heading)}>
            {question}
          </Text>
          <Text className={styles.muted}>{t('checkin.section.optional')}</Text>
        </>
      ) : (
        <Text className={styles.muted}>
          {t(view.me.isFacilitator ? 'checkin.section.noneFacilitator' : 'checkin.section.none')}
        </Text>
      )}
      {allowed.has('setCheckinQuestion') &&
        (changing ? (
          <ChangeQuestion onDone={() => setChanging(false)} />
        ) : (
          <div className={styles.row}>
            <Button size="small" onClick={() => setChanging(true)}>
              {t(question ? 'checkin.pick.change' : 'checkin.pick.choose')}
            </Button>
          </div>
        ))}
      {/* Keyed by the question: a new question clears the answer being typed to the old one. */}
      {question && <AnswerForm key={JSON.stringify(checkin.question)} />}
      {question && (
        <div className={styles.tight} role="status" aria-live="polite" aria-atomic="true">
          <Text weight="semibold">{t('checkin.answer.count', { count: checkin.answered })}</Text>
          <Text className={styles.muted}>
            {t(checkin.shown ? 'checkin.answer.live' : 'checkin.answer.hidden')}
          </Text>
        </div>
      )}
      {question && !checkin.shown && allowed.has('showCheckinAnswers') && (
        <div className={styles.row}>
          <Button
            onClick={() => void show.send({ type: 'showCheckinAnswers' })}
            disabled={checkin.answered === 0 || show.isPending}
          >
            {t('checkin.answer.show')}
          </Button>
        </div>
      )}
      <CommandError error={show.error} />
      {checkin.answers && checkin.answers.length > 0 && (
        <ul className={styles.list} aria-label={t('checkin.answer.list')}>
          {checkin.answers.map((answer, index) => (
            <li key={`${index}:${answer}`} className={styles.surface}>
              <Body1 className={styles.text}>{answer}</Body1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

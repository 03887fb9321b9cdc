import { Body1, Button, Caption1, Field, Select, Subtitle2 } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useFormat } from '../../client/format.js';
import { useT } from '../../client/i18n.js';
import { useMeetingStart } from '../../client/retro/use-early.js';
import { reminderChoices, reminderTime, type ReminderChoice } from '../../shared/retro/early.js';
import { StartRetro } from '../retro/start-retro.js';
import { useRetroStyles } from '../retro/styles.js';

/** "Open the next retro now": the side panel's start form, opening at Gather, with a reminder. */
export function OpenEarly({ chatId }: { chatId: string }) {
  const styles = useRetroStyles();
  const t = useT();
  const [formOpen, setFormOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <section className={styles.stack} aria-labelledby="early-heading">
      <Subtitle2 as="h2" id="early-heading" className={styles.heading}>
        {t('early.open.heading')}
      </Subtitle2>
      {formOpen ? (
        <EarlyForm
          chatId={chatId}
          onCancel={() => {
            setFormOpen(false);
            requestAnimationFrame(() => opener.current?.focus());
          }}
        />
      ) : (
        <div className={styles.tight}>
          <Body1 className={styles.text}>{t('early.open.intro')}</Body1>
          <div className={styles.row}>
            <Button ref={opener} appearance="primary" onClick={() => setFormOpen(true)}>
              {t('early.open.button')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

/** Whether each reminder choice still lies ahead of now, for this meeting start. */
function choicesFor(meetingStart: string | undefined, now: Date) {
  return reminderChoices.map((choice) => ({
    choice,
    ok: reminderTime({ remind: choice, meetingStart }, now).ok,
  }));
}

function EarlyForm({ chatId, onCancel }: { chatId: string; onCancel: () => void }) {
  const styles = useRetroStyles();
  const t = useT();
  const fmt = useFormat();
  const start = useMeetingStart();
  // A start already past (a recurring series may report its first meeting) cannot be reminded of.
  const meetingStart = start.data && Date.parse(start.data) > Date.now() ? start.data : undefined;
  const choices = choicesFor(meetingStart, new Date());
  const okay = (choice: ReminderChoice) => choices.some((c) => c.choice === choice && c.ok);
  const [picked, setPicked] = useState<ReminderChoice | null>(null);
  // An hour before by default, else the nearest choice still ahead.
  const remind =
    picked && okay(picked) ? picked : ((['1h', '15m', 'none'] as const).find(okay) ?? 'none');
  const label = (choice: ReminderChoice) => t(`early.remind.${choice}`);

  const fields = (
    <div className={styles.tight}>
      <Body1 className={styles.text}>{t('early.form.who')}</Body1>
      {start.isPending ? (
        <Caption1>{t('early.remind.loading')}</Caption1>
      ) : meetingStart ? (
        <Field
          label={t('early.remind.label')}
          hint={t('early.remind.start', { start: fmt.moment(meetingStart) })}
        >
          <Select value={remind} onChange={(_, d) => setPicked(d.value as ReminderChoice)}>
            {choices.map(({ choice, ok }) => (
              <option key={choice} value={choice} disabled={!ok}>
                {ok ? label(choice) : t('early.remind.past', { choice: label(choice) })}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Caption1 className={styles.text}>{t('early.remind.noStart')}</Caption1>
      )}
    </div>
  );

  return (
    <StartRetro
      chatId={chatId}
      onCancel={onCancel}
      variant={{
        heading: t('early.form.title'),
        submit: t('early.form.submit'),
        submitting: t('early.form.submitting'),
        failed: t('early.form.failed'),
        fields,
        amend: (body) =>
          start.isPending
            ? null
            : {
                ...body,
                early: meetingStart ? { remind, meetingStart } : { remind: 'none' },
              },
      }}
    />
  );
}

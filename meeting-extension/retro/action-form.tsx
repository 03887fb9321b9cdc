import {
  Button,
  Field,
  Input,
  makeStyles,
  Select,
  Subtitle2,
  Textarea,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import { isPastDue } from '../../shared/retro/due.js';
import { CommandError } from './command-error.js';
import { shortLabel } from './labels.js';
import { useRetro } from './retro-context.js';
import { useRetroStyles } from './styles.js';
import { useT, type Translate } from '../../client/i18n.js';
import { useBoardText } from './board-text.js';

// A native select is as wide as its longest option unless told otherwise; the panel is 320 px.
const useStyles = makeStyles({
  select: { width: '100%', maxWidth: '100%', minWidth: 0 },
  control: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
});

function inAWeek(): string {
  const date = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

type Problems = { text?: string; dueDate?: string };

function check(text: string, dueDate: string, t: Translate): Problems {
  return {
    text: text.trim() ? undefined : t('panel.newAction.writeIt'),
    dueDate: /^\d{4}-\d{2}-\d{2}$/.test(dueDate) ? undefined : t('panel.newAction.pickDate'),
  };
}

/** A new action item: text, an owner from the meeting's members, a due date and its topic. */
export function ActionForm() {
  const styles = useRetroStyles();
  const own = useStyles();
  const t = useT();
  const board = useBoardText();
  const { view, members } = useRetro();
  const command = useRetroCommand(view.id);
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState(view.me.userId);
  const [dueDate, setDueDate] = useState(inAWeek);
  const [groupId, setGroupId] = useState(view.discussion.focusGroupId ?? '');
  // Messages show after the first attempt, then follow the input, never as browser bubbles.
  const [tried, setTried] = useState(false);
  const problems = tried ? check(text, dueDate, t) : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    const found = check(text, dueDate, t);
    if (found.text || found.dueDate || !ownerId || command.isPending) return;
    const sent = await command.send({
      type: 'addAction',
      text: text.trim(),
      ownerId,
      dueDate,
      groupId: groupId || null,
    });
    if (sent) {
      setText('');
      setTried(false);
    }
  }

  const pastDue = isPastDue(dueDate);
  return (
    <form
      className={styles.section}
      onSubmit={(e) => void submit(e)}
      aria-labelledby="new-action"
      noValidate
    >
      <Subtitle2 as="h3" id="new-action" className={styles.heading}>
        {t('panel.newAction.title')}
      </Subtitle2>
      <Field
        label={t('panel.newAction.what')}
        required
        validationMessage={problems.text}
        validationState={problems.text ? 'error' : 'none'}
      >
        <Textarea value={text} maxLength={300} onChange={(_, d) => setText(d.value)} />
      </Field>
      <Field label={t('panel.newAction.owner')} required>
        <Select
          className={own.select}
          select={{ className: own.control }}
          value={ownerId}
          onChange={(_, d) => setOwnerId(d.value)}
        >
          {members.length === 0 && (
            <option value={view.me.userId}>{t('panel.newAction.me')}</option>
          )}
          {members.map((m) => (
            <option key={m.userId} value={m.userId} title={m.displayName}>
              {m.userId === view.me.userId
                ? t('panel.newAction.you', { name: shortLabel(m.displayName) })
                : shortLabel(m.displayName)}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t('panel.newAction.due')}
        required
        validationState={problems.dueDate ? 'error' : pastDue ? 'warning' : 'none'}
        validationMessage={problems.dueDate ?? (pastDue ? t('panel.newAction.past') : undefined)}
      >
        <Input type="date" value={dueDate} onChange={(_, d) => setDueDate(d.value)} />
      </Field>
      {view.groups.length > 0 && (
        <Field label={t('panel.newAction.topic')}>
          <Select
            className={own.select}
            select={{ className: own.control }}
            value={groupId}
            onChange={(_, d) => setGroupId(d.value)}
          >
            <option value="">{t('panel.newAction.noTopic')}</option>
            {view.groups.map((g, i) => (
              <option key={g.id} value={g.id} title={board.groupName(g, i)}>
                {shortLabel(board.groupName(g, i))}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <CommandError error={command.error} title={t('panel.newAction.notAdded')} />
      <Button type="submit" appearance="primary" disabled={command.isPending}>
        {t('panel.newAction.add')}
      </Button>
    </form>
  );
}

import { Button, Field, Input, Select, Subtitle2, Textarea } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import { CommandError } from './command-error.js';
import { groupLabel } from './labels.js';
import { useRetro } from './retro-context.js';
import { useRetroStyles } from './styles.js';
import { isPastDue } from '../../shared/retro/due.js';

function inAWeek(): string {
  const date = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A new action item: text, an owner from the meeting's members, a due date and its topic. */
export function ActionForm() {
  const styles = useRetroStyles();
  const { view, members } = useRetro();
  const command = useRetroCommand(view.id);
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState(view.me.userId);
  const [dueDate, setDueDate] = useState(inAWeek);
  const [groupId, setGroupId] = useState(view.discussion.focusGroupId ?? '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim() || !ownerId || !dueDate) return;
    const sent = await command.send({
      type: 'addAction',
      text: text.trim(),
      ownerId,
      dueDate,
      groupId: groupId || null,
    });
    if (sent) setText('');
  }

  return (
    <form className={styles.section} onSubmit={(e) => void submit(e)} aria-labelledby="new-action">
      <Subtitle2 as="h3" id="new-action" className={styles.heading}>
        New action item
      </Subtitle2>
      <Field label="What will happen" required>
        <Textarea value={text} maxLength={300} onChange={(_, d) => setText(d.value)} />
      </Field>
      <Field label="Owner" required>
        <Select value={ownerId} onChange={(_, d) => setOwnerId(d.value)}>
          {members.length === 0 && <option value={view.me.userId}>Me</option>}
          {members.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.displayName}
              {m.userId === view.me.userId ? ' (you)' : ''}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Due date"
        required
        validationState={isPastDue(dueDate) ? 'warning' : 'none'}
        validationMessage={
          isPastDue(dueDate) ? 'This date has passed. Pick a day from today on.' : undefined
        }
      >
        <Input type="date" value={dueDate} onChange={(_, d) => setDueDate(d.value)} />
      </Field>
      {view.groups.length > 0 && (
        <Field label="Topic">
          <Select value={groupId} onChange={(_, d) => setGroupId(d.value)}>
            <option value="">No topic</option>
            {view.groups.map((g, i) => (
              <option key={g.id} value={g.id}>
                {groupLabel(g, i)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <CommandError error={command.error} title="The action item was not added" />
      <Button type="submit" appearance="primary" disabled={!text.trim() || command.isPending}>
        Add action item
      </Button>
    </form>
  );
}

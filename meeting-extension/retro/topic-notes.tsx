import { Button, Caption1, Input } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useT } from '../../client/i18n.js';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import type { GroupView } from '../../shared/retro/api.js';
import { CommandError } from './command-error.js';
import { useRetroStyles } from './styles.js';

/** Notes on one topic; anyone may add. */
export function TopicNotes({
  retroId,
  group,
  name,
  canAdd,
}: {
  retroId: string;
  group: GroupView;
  name: string;
  canAdd: boolean;
}) {
  const styles = useRetroStyles();
  const t = useT();
  const command = useRetroCommand(retroId);
  const [text, setText] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    if (await command.send({ type: 'addNote', groupId: group.id, text: text.trim() })) setText('');
  }

  return (
    <div className={styles.tight}>
      {group.notes.length > 0 && (
        <ul className={styles.list} aria-label={t('retro.discuss.notesOn', { name })}>
          {group.notes.map((note) => (
            <li key={note.id}>
              <Caption1 className={styles.text}>
                {t('retro.board.note', { note: note.text })}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      {canAdd && (
        <form className={styles.row} onSubmit={(e) => void submit(e)}>
          <Input
            aria-label={t('retro.discuss.noteOn', { name })}
            className={styles.full}
            maxLength={1000}
            value={text}
            onChange={(_, d) => setText(d.value)}
          />
          <Button type="submit" size="small" disabled={!text.trim() || command.isPending}>
            {t('retro.discuss.addNote')}
          </Button>
        </form>
      )}
      <CommandError error={command.error} />
    </div>
  );
}

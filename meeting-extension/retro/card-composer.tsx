import { Button, Field, Textarea } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useT } from '../../client/i18n.js';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import type { RetroColumn } from '../../shared/retro/templates.js';
import { CommandError } from './command-error.js';
import { drafts, useDraft } from './drafts.js';
import { submitsOnEnter, touchFirst } from './phase-keys.js';
import { useRetroStyles } from './styles.js';

/** Writes a card. The text lives in the drafts store, so nothing a live update does can erase it. */
export function CardComposer({
  retroId,
  column,
  title,
  prompt,
}: {
  retroId: string;
  column: RetroColumn;
  /** The column's title and prompt as shown (translated when built in). */
  title: string;
  prompt: string;
}) {
  const styles = useRetroStyles();
  const t = useT();
  const [draft, setDraft] = useDraft(retroId, column.id);
  const command = useRetroCommand(retroId);
  const [touch] = useState(touchFirst);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const typed = draft;
    const text = typed.trim();
    if (!text || command.isPending) return;
    const sent = await command.send({ type: 'addCard', columnId: column.id, text });
    // Clear only what was sent: the person may have kept typing meanwhile.
    if (sent && drafts.get(retroId, column.id) === typed) setDraft('');
  }

  return (
    <form className={styles.tight} onSubmit={(e) => void submit(e)}>
      <Field
        label={t('retro.gather.newCard', { column: title })}
        hint={touch ? undefined : t('retro.gather.keys')}
      >
        <Textarea
          value={draft}
          maxLength={500}
          resize="vertical"
          placeholder={prompt || undefined}
          onChange={(_, d) => setDraft(d.value)}
          onKeyDown={(e) => {
            // Enter and Ctrl/⌘+Enter add; Shift+Enter keeps writing (on a phone, Enter does).
            if (submitsOnEnter(e, touch)) void submit(e);
          }}
        />
      </Field>
      <Button type="submit" disabled={!draft.trim() || command.isPending}>
        {t('retro.gather.addCard')}
      </Button>
      <CommandError error={command.error} title={t('retro.gather.notAdded')} />
    </form>
  );
}

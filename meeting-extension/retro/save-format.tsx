import { Button, Field, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useSaveFormat } from '../../client/formats/saved-formats.js';
import { useT } from '../../client/i18n.js';
import type { SavedFormat } from '../../shared/formats/api.js';
import type { RetroColumn } from '../../shared/retro/templates.js';
import { CommandError } from './command-error.js';
import { useRetroStyles } from './styles.js';

type Props = {
  chatId: string;
  /** How many formats the scope keeps now, and how many it may. */
  count: number;
  limit: number;
  teamId: string | null | undefined;
  columns: RetroColumn[];
  /** Whether the columns are ready to save (every one has a title). */
  columnsReady: boolean;
  onSaved: (format: SavedFormat) => void;
};

/** Saves the custom columns typed in the start form under a name, for the team to reuse. */
export function SaveFormat({
  chatId,
  count,
  limit,
  teamId,
  columns,
  columnsReady,
  onSaved,
}: Props) {
  const styles = useRetroStyles();
  const t = useT();
  const save = useSaveFormat(chatId, teamId);
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const nameProblem = tried && !name.trim() ? t('formats.saved.nameProblem') : undefined;
  const columnsProblem = tried && !columnsReady ? t('panel.start.columnsProblem') : undefined;

  function submit() {
    setTried(true);
    if (!name.trim() || !columnsReady) return;
    const trimmed = columns.map((c) => ({ ...c, title: c.title.trim(), prompt: c.prompt.trim() }));
    save.mutate(
      { name: name.trim(), columns: trimmed, key: crypto.randomUUID() },
      {
        onSuccess: (format) => {
          setName('');
          setTried(false);
          onSaved(format);
        },
      },
    );
  }

  return (
    <fieldset className={styles.section}>
      <legend>{t('formats.saved.saveLegend')}</legend>
      <Text className={styles.muted}>{t('formats.saved.count', { count, limit })}</Text>
      <Field
        label={t('formats.saved.name')}
        validationMessage={nameProblem ?? columnsProblem}
        validationState={nameProblem || columnsProblem ? 'error' : 'none'}
      >
        <Input
          value={name}
          maxLength={60}
          onChange={(_, d) => setName(d.value)}
          // Enter here saves the format; it must not submit the start form around it.
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              submit();
            }
          }}
        />
      </Field>
      <div className={styles.row}>
        <Button type="button" onClick={submit} disabled={save.isPending}>
          {t(save.isPending ? 'formats.saved.saving' : 'formats.saved.save')}
        </Button>
      </div>
      <CommandError error={save.error} title={t('formats.saved.saveFailed')} />
    </fieldset>
  );
}

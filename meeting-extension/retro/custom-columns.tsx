import { Button, Field, Input } from '@fluentui/react-components';
import { useT } from '../../client/i18n.js';
import type { RetroColumn } from '../../shared/retro/templates.js';
import { useRetroStyles } from './styles.js';

export const minColumns = 2;
export const maxColumns = 6;

let nextId = 1;
export function newColumn(): RetroColumn {
  nextId += 1;
  return { id: `col-${Date.now().toString(36)}-${nextId}`, title: '', prompt: '' };
}

type Props = { columns: RetroColumn[]; onChange: (columns: RetroColumn[]) => void };

/** Two to six columns, each with a title and a prompt. */
export function CustomColumns({ columns, onChange }: Props) {
  const styles = useRetroStyles();
  const t = useT();
  const update = (index: number, patch: Partial<RetroColumn>) =>
    onChange(columns.map((column, i) => (i === index ? { ...column, ...patch } : column)));
  return (
    <fieldset className={styles.stack}>
      <legend>
        {t('retro.columns.legend', { count: columns.length, min: minColumns, max: maxColumns })}
      </legend>
      {columns.map((column, index) => (
        <div key={column.id} className={styles.section}>
          <Field label={t('retro.columns.title', { number: index + 1 })} required>
            <Input
              value={column.title}
              maxLength={60}
              onChange={(_, data) => update(index, { title: data.value })}
            />
          </Field>
          <Field label={t('retro.columns.prompt', { number: index + 1 })}>
            <Input
              value={column.prompt}
              maxLength={200}
              onChange={(_, data) => update(index, { prompt: data.value })}
            />
          </Field>
          {columns.length > minColumns && (
            <Button onClick={() => onChange(columns.filter((_, i) => i !== index))}>
              {t('retro.columns.remove', { number: index + 1 })}
            </Button>
          )}
        </div>
      ))}
      {columns.length < maxColumns && (
        <Button onClick={() => onChange([...columns, newColumn()])}>
          {t('retro.columns.add')}
        </Button>
      )}
    </fieldset>
  );
}

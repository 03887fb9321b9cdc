import { Button, Field, Input } from '@fluentui/react-components';
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
  const update = (index: number, patch: Partial<RetroColumn>) =>
    onChange(columns.map((column, i) => (i === index ? { ...column, ...patch } : column)));
  return (
    <fieldset className={styles.stack}>
      <legend>Columns ({columns.length} of 2–6)</legend>
      {columns.map((column, index) => (
        <div key={column.id} className={styles.section}>
          <Field label={`Column ${index + 1} title`} required>
            <Input
              value={column.title}
              maxLength={60}
              onChange={(_, data) => update(index, { title: data.value })}
            />
          </Field>
          <Field label={`Column ${index + 1} prompt`}>
            <Input
              value={column.prompt}
              maxLength={200}
              onChange={(_, data) => update(index, { prompt: data.value })}
            />
          </Field>
          {columns.length > minColumns && (
            <Button onClick={() => onChange(columns.filter((_, i) => i !== index))}>
              Remove column {index + 1}
            </Button>
          )}
        </div>
      ))}
      {columns.length < maxColumns && (
        <Button onClick={() => onChange([...columns, newColumn()])}>Add column</Button>
      )}
    </fieldset>
  );
}

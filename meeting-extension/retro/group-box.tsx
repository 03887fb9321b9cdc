import { useDroppable } from '@dnd-kit/core';
import { Field, Input } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { useRetroStyles } from './styles.js';

const useDropStyles = () => useRetroStyles();

/** A drop zone: a group, the ungrouped pile, or "new group". Highlights while a card is over it. */
export function DropZone({
  id,
  label,
  children,
}: {
  id: string;
  /** Accessible name of the region. */
  label: string;
  children: ReactNode;
}) {
  const styles = useDropStyles();
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <section
      ref={setNodeRef}
      aria-label={label}
      className={`${styles.section} ${isOver ? styles.highlight : ''}`}
    >
      {children}
    </section>
  );
}

/** Names a group inline; saves on Enter or when focus leaves, without fighting live updates. */
export function GroupName({
  title,
  fallback,
  onSave,
}: {
  title: string;
  fallback: string;
  onSave: (title: string) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const save = () => {
    if (editing !== null && editing.trim() !== title) onSave(editing.trim());
    setEditing(null);
  };
  return (
    <Field label={`Name of ${title.trim() || fallback}`} size="small">
      <Input
        size="small"
        maxLength={80}
        placeholder="Name this group"
        value={editing ?? title}
        onFocus={() => setEditing(title)}
        onChange={(_, d) => setEditing(d.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
          if (e.key === 'Escape') setEditing(null);
        }}
      />
    </Field>
  );
}

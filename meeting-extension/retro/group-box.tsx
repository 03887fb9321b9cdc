import { useDndContext, useDroppable } from '@dnd-kit/core';
import {
  Button,
  Caption1,
  Input,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../client/i18n.js';
import { newGroupZone } from './group-dnd.js';
import { useRetroStyles } from './styles.js';

// Decorative glyphs, hidden from screen readers: the words are in the names and labels.
const glyphs = { plus: '+', rename: '✎' } as const;

const useStyles = makeStyles({
  newGroup: {
    boxSizing: 'border-box',
    minHeight: '48px',
    minWidth: 0,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStrokeAccessible}`,
    color: tokens.colorNeutralForeground2,
  },
  dragging: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThick} dashed Highlight` },
  },
  over: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThick} solid Highlight` },
  },
  plus: { fontSize: tokens.fontSizeBase500, lineHeight: 1 },
  words: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  title: { flexGrow: 1, minWidth: 0, margin: 0, overflowWrap: 'anywhere', paddingTop: '4px' },
  untitled: { fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
  rename: { flexShrink: 0, minWidth: '32px', minHeight: '32px', padding: 0 },
  input: { width: '100%', maxWidth: '100%', minWidth: 0 },
});

/** A drop zone: a group or the ungrouped cards. Highlights while a card is over it. */
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
  const layout = useRetroStyles();
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <section
      ref={setNodeRef}
      aria-label={label}
      className={mergeClasses(layout.section, isOver && layout.highlight)}
    >
      {children}
    </section>
  );
}

/** The "New group" target at the top of the board: a card dropped here starts a group. */
export function NewGroupTarget() {
  const styles = useStyles();
  const t = useT();
  const { active } = useDndContext();
  const { setNodeRef, isOver } = useDroppable({ id: newGroupZone });
  return (
    <section
      ref={setNodeRef}
      aria-label={t('retro.group.newGroup')}
      className={mergeClasses(
        styles.newGroup,
        active !== null && styles.dragging,
        isOver && styles.over,
      )}
    >
      <span aria-hidden className={styles.plus}>
        {glyphs.plus}
      </span>
      <span className={styles.words}>
        <Subtitle2>{t('retro.group.newGroup')}</Subtitle2>
        <Caption1>{active ? t('retro.group.dropHere') : t('retro.group.dragHere')}</Caption1>
      </span>
    </section>
  );
}

/** A group's title, which wraps, and (for people who may) a way to name or rename it inline. */
export function GroupHeader({
  title,
  label,
  count,
  onSave,
}: {
  title: string;
  /** The title, or "Untitled group n" until someone names it. */
  label: string;
  count: number;
  onSave?: (title: string) => void;
}) {
  const styles = useStyles();
  const t = useT();
  const [editing, setEditing] = useState<string | null>(null);
  // The name just saved, shown until the server's title arrives, so the field does not flicker.
  const [pending, setPending] = useState<string | null>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => setPending(null), [title]);
  useEffect(() => {
    // After Enter the field goes away: keep keyboard focus on the group, on its Rename button.
    if (refocus.current && renameRef.current) {
      renameRef.current.focus();
      refocus.current = false;
    }
  });
  const untitled = title.trim() === '';
  const save = (byKey: boolean) => {
    if (editing !== null && editing.trim() !== title) {
      onSave?.(editing.trim());
      setPending(editing.trim());
    }
    refocus.current = byKey;
    setEditing(null);
  };
  // An untitled group asks for a name; a named one offers to rename it.
  const showInput = onSave !== undefined && (untitled || editing !== null || pending !== null);
  return (
    <>
      <div className={styles.header}>
        <Subtitle2 as="h3" className={mergeClasses(styles.title, untitled && styles.untitled)}>
          {label} <Caption1>{t('retro.group.cardCount', { count })}</Caption1>
        </Subtitle2>
        {onSave && !showInput && (
          <Button
            appearance="subtle"
            className={styles.rename}
            aria-label={t('retro.group.renameGroup', { name: label })}
            title={t('retro.group.rename')}
            icon={<span aria-hidden>{glyphs.rename}</span>}
            ref={renameRef}
            onClick={() => setEditing(title)}
          />
        )}
      </div>
      {showInput && (
        <Input
          className={styles.input}
          size="small"
          maxLength={80}
          aria-label={t('retro.group.nameOf', { name: label })}
          placeholder={t('retro.group.namePlaceholder')}
          autoFocus={!untitled}
          value={editing ?? pending ?? title}
          onFocus={() => setEditing((e) => e ?? title)}
          onChange={(_, d) => setEditing(d.value)}
          onBlur={() => save(false)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save(true);
            if (e.key === 'Escape') {
              refocus.current = true;
              setEditing(null);
            }
          }}
        />
      )}
    </>
  );
}

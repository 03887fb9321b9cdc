import { useDraggable } from '@dnd-kit/core';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useT } from '../../client/i18n.js';
import type { CardView, GroupView } from '../../shared/retro/api.js';
import { ColumnMarker, type Column } from './group-card-parts.js';
import { CardText } from './group-card-text.js';
import { MoveMenu, type MoveTarget } from './group-move-menu.js';
import { cardLabel } from './labels.js';
import { CardAuthor } from './phase-topic.js';
import { useRetroStyles } from './styles.js';

export type { MoveTarget } from './group-move-menu.js';

/** The drag handle's glyph, hidden from screen readers: the button's name says what it does. */
const handleGlyph = '⠿';

const useStyles = makeStyles({
  card: {
    flexDirection: 'row',
    alignItems: 'stretch',
    gap: tokens.spacingHorizontalXS,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  dragging: { opacity: 0.9, boxShadow: tokens.shadow16, position: 'relative', zIndex: 1 },
  handle: {
    flexShrink: 0,
    width: '28px',
    minHeight: '32px',
    padding: 0,
    cursor: 'grab',
    touchAction: 'none',
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase400,
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      color: tokens.colorNeutralForeground1,
    },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
    '@media (forced-colors: active)': { color: 'ButtonText' },
  },
  body: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  top: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  marker: { flexGrow: 1, minWidth: 0, display: 'flex' },
});

type Props = {
  card: CardView;
  columns: Column[];
  /** All groups in the retro's order; absent when this viewer may not move cards. */
  groups?: GroupView[];
  onMove?: (target: MoveTarget) => void;
};

/**
 * A card in the group phase: its column, text and (named retros) author. It moves by mouse or
 * touch (drag the handle), by keyboard (focus the handle, Space, arrows, Space), or through its
 * compact "Move to…" menu.
 */
export function GroupCard({ card, columns, groups, onMove }: Props) {
  const styles = useStyles();
  const layout = useRetroStyles();
  const t = useT();
  const movable = groups !== undefined && onMove !== undefined;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } =
    useDraggable({ id: `card:${card.id}`, data: { cardId: card.id }, disabled: !movable });
  const style = transform
    ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` }
    : undefined;
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={mergeClasses(layout.surface, styles.card, isDragging && styles.dragging)}
    >
      {movable && (
        <button
          type="button"
          ref={setActivatorNodeRef}
          className={styles.handle}
          {...attributes}
          {...listeners}
          aria-label={t('retro.group.dragCard', { card: cardLabel(card) })}
        >
          <span aria-hidden>{handleGlyph}</span>
        </button>
      )}
      <div className={styles.body}>
        <div className={styles.top}>
          <span className={styles.marker}>
            <ColumnMarker columns={columns} columnId={card.columnId} />
          </span>
          {movable && <MoveMenu card={card} groups={groups} onMove={onMove} />}
        </div>
        <CardText text={card.text} />
        <CardAuthor card={card} />
      </div>
    </li>
  );
}

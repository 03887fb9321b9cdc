import { useDraggable } from '@dnd-kit/core';
import {
  Body1,
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CardView, GroupView } from '../../shared/retro/api.js';
import { cardLabel, groupLabel } from './labels.js';
import { useRetroStyles } from './styles.js';

const useStyles = makeStyles({
  card: { flexDirection: 'row', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  dragging: { opacity: 0.85, boxShadow: tokens.shadow16, position: 'relative', zIndex: 1 },
  handle: {
    flexShrink: 0,
    minWidth: '32px',
    minHeight: '32px',
    cursor: 'grab',
    touchAction: 'none',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase400,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
  },
  body: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
});

export type MoveTarget = { kind: 'group'; groupId: string } | { kind: 'new' } | { kind: 'out' };

type Props = {
  card: CardView;
  groups: GroupView[];
  onMove: (target: MoveTarget) => void;
};

/**
 * A card that moves by mouse or touch (drag the handle), by keyboard (focus the handle, Space,
 * arrows, Space), or without dragging at all through its "Move to…" menu.
 */
export function GroupCard({ card, groups, onMove }: Props) {
  const styles = useStyles();
  const layout = useRetroStyles();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } =
    useDraggable({ id: `card:${card.id}`, data: { cardId: card.id } });
  const style = transform
    ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` }
    : undefined;
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={`${layout.surface} ${styles.card} ${isDragging ? styles.dragging : ''}`}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className={styles.handle}
        {...attributes}
        {...listeners}
        aria-label={`Drag card: ${cardLabel(card)}`}
      >
        <span aria-hidden>⠿</span>
      </button>
      <div className={styles.body}>
        <Body1 className={layout.text}>{card.text}</Body1>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button size="small" aria-label={`Move to… (${cardLabel(card)})`}>
              Move to…
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {groups.map((group, index) =>
                group.id === card.groupId ? null : (
                  <MenuItem
                    key={group.id}
                    onClick={() => onMove({ kind: 'group', groupId: group.id })}
                  >
                    {groupLabel(group, index)}
                  </MenuItem>
                ),
              )}
              <MenuItem onClick={() => onMove({ kind: 'new' })}>New group</MenuItem>
              {card.groupId && (
                <MenuItem onClick={() => onMove({ kind: 'out' })}>Out of group</MenuItem>
              )}
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
    </li>
  );
}

import {
  Button,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CardView, GroupView } from '../../shared/retro/api.js';
import { cardLabel, groupLabel } from './labels.js';

export type MoveTarget = { kind: 'group'; groupId: string } | { kind: 'new' } | { kind: 'out' };

const useStyles = makeStyles({
  trigger: { flexShrink: 0, minWidth: '32px', minHeight: '32px', padding: 0 },
  popover: { maxWidth: 'min(280px, calc(100vw - 16px))' },
  item: { overflowWrap: 'anywhere', whiteSpace: 'normal' },
  glyph: { fontSize: tokens.fontSizeBase400, lineHeight: 1 },
});

/** A compact "Move to…" button: every other group, a new group, and out of the group when in one. */
export function MoveMenu({
  card,
  groups,
  onMove,
}: {
  card: CardView;
  /** All groups, in the retro's order (their index names untitled ones). */
  groups: GroupView[];
  onMove: (target: MoveTarget) => void;
}) {
  const styles = useStyles();
  // Newest first, as the board lists them.
  const others = groups
    .flatMap((group, index) =>
      group.id === card.groupId ? [] : [{ group, name: groupLabel(group, index) }],
    )
    .reverse();
  return (
    <Menu positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
        <Button
          appearance="subtle"
          className={styles.trigger}
          aria-label={`Move to… (${cardLabel(card)})`}
          title="Move to…"
          icon={
            <span aria-hidden className={styles.glyph}>
              ⋯
            </span>
          }
        />
      </MenuTrigger>
      <MenuPopover className={styles.popover}>
        <MenuList>
          <MenuItem className={styles.item} onClick={() => onMove({ kind: 'new' })}>
            New group
          </MenuItem>
          {card.groupId && (
            <MenuItem className={styles.item} onClick={() => onMove({ kind: 'out' })}>
              Ungroup
            </MenuItem>
          )}
          {others.length > 0 && (
            <>
              <MenuDivider />
              <MenuGroup>
                <MenuGroupHeader>Into a group</MenuGroupHeader>
                {others.map(({ group, name }) => (
                  <MenuItem
                    key={group.id}
                    className={styles.item}
                    onClick={() => onMove({ kind: 'group', groupId: group.id })}
                  >
                    {name}
                  </MenuItem>
                ))}
              </MenuGroup>
            </>
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

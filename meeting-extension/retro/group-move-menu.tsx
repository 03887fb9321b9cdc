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
import { useT } from '../../client/i18n.js';
import type { CardView, GroupView } from '../../shared/retro/api.js';
import { useBoardText } from './board-text.js';
import { cardLabel } from './labels.js';

export type MoveTarget = { kind: 'group'; groupId: string } | { kind: 'new' } | { kind: 'out' };

/** The menu button's glyph, hidden from screen readers: the button's name says what it does. */
const menuGlyph = '⋯';

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
  const t = useT();
  const text = useBoardText();
  // Newest first, as the board lists them.
  const others = groups
    .flatMap((group, index) =>
      group.id === card.groupId ? [] : [{ group, name: text.groupName(group, index) }],
    )
    .reverse();
  return (
    <Menu positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
        <Button
          appearance="subtle"
          className={styles.trigger}
          aria-label={t('retro.group.moveCard', { card: cardLabel(card) })}
          title={t('retro.group.moveTo')}
          icon={
            <span aria-hidden className={styles.glyph}>
              {menuGlyph}
            </span>
          }
        />
      </MenuTrigger>
      <MenuPopover className={styles.popover}>
        <MenuList>
          <MenuItem className={styles.item} onClick={() => onMove({ kind: 'new' })}>
            {t('retro.group.newGroup')}
          </MenuItem>
          {card.groupId && (
            <MenuItem className={styles.item} onClick={() => onMove({ kind: 'out' })}>
              {t('retro.group.ungroup')}
            </MenuItem>
          )}
          {others.length > 0 && (
            <>
              <MenuDivider />
              <MenuGroup>
                <MenuGroupHeader>{t('retro.group.intoGroup')}</MenuGroupHeader>
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

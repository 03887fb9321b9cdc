import { Avatar, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Member } from '../../shared/api.js';
import { RoleBadge } from './role-badge.js';
import { stackedList } from './list-styles.js';
import { useT } from '../i18n.js';

const useStyles = makeStyles({
  list: stackedList(),
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  name: { minWidth: 0, overflowWrap: 'anywhere' },
  you: { color: tokens.colorNeutralForeground3 },
});

type Props = {
  members: Member[];
  /** Marks this user as "(you)". */
  currentUserId?: string;
  /** Accessible name of the list, for example "Team members". */
  label: string;
  size?: 'medium' | 'large';
};

/** Owners first, then by name, so the people who run things are easy to find. */
function sortMembers(members: Member[]): Member[] {
  const rank = { owner: 0, member: 1, guest: 2 } as const;
  return [...members].sort(
    (a, b) => rank[a.role] - rank[b.role] || a.displayName.localeCompare(b.displayName),
  );
}

export function MemberList({ members, currentUserId, label, size = 'medium' }: Props) {
  const styles = useStyles();
  const t = useT();
  return (
    <ul className={styles.list} aria-label={label}>
      {sortMembers(members).map((member) => (
        <li key={member.userId} className={styles.item}>
          <Avatar
            name={member.displayName}
            color="colorful"
            size={size === 'large' ? 56 : 32}
            aria-hidden
          />
          <Text size={size === 'large' ? 500 : 300} className={styles.name}>
            {member.displayName}
            {member.userId === currentUserId && (
              <span className={styles.you}> {t('common.members.you')}</span>
            )}
          </Text>
          <RoleBadge role={member.role} />
        </li>
      ))}
    </ul>
  );
}

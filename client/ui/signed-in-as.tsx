import { Avatar, Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { MeContext } from '../../shared/api.js';
import { RoleBadge } from './role-badge.js';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  role: { color: tokens.colorNeutralForeground3 },
});

function roleSentence(me: MeContext): string {
  const place = me.scope.kind === 'team' ? 'this team' : 'this meeting';
  if (me.role === 'owner') return `Owner of ${place}`;
  if (me.role === 'guest') return `Guest in ${place}`;
  return me.scope.kind === 'team' ? 'Member of this team' : 'Participant in this meeting';
}

export function SignedInAs({ me }: { me: MeContext }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Avatar name={me.user.displayName} color="colorful" size={36} aria-hidden />
      <div className={styles.text}>
        <Body1>
          Signed in as <strong>{me.user.displayName}</strong> <RoleBadge role={me.role} />
        </Body1>
        <Caption1 className={styles.role}>{roleSentence(me)}</Caption1>
      </div>
    </div>
  );
}

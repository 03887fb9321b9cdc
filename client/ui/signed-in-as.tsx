import { Avatar, Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { MeContext } from '../../shared/api.js';
import { RoleBadge } from './role-badge.js';
import type { MessageId } from '../../shared/i18n/en/index.js';
import { useRichT, useT } from '../i18n.js';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  role: { color: tokens.colorNeutralForeground3 },
});

function roleSentence(me: MeContext): MessageId {
  const team = me.scope.kind === 'team';
  if (me.role === 'owner')
    return team ? 'common.signedIn.teamOwner' : 'common.signedIn.meetingOwner';
  if (me.role === 'guest')
    return team ? 'common.signedIn.teamGuest' : 'common.signedIn.meetingGuest';
  return team ? 'common.signedIn.teamMember' : 'common.signedIn.meetingMember';
}

export function SignedInAs({ me }: { me: MeContext }) {
  const styles = useStyles();
  const t = useT();
  const richT = useRichT();
  const who = richT('common.signedIn.as', {
    name: me.user.displayName,
    b: (chunks) => <strong>{chunks}</strong>,
  });
  return (
    <div className={styles.root}>
      <Avatar name={me.user.displayName} color="colorful" size={36} aria-hidden />
      <div className={styles.text}>
        <Body1>
          {who} <RoleBadge role={me.role} />
        </Body1>
        <Caption1 className={styles.role}>{t(roleSentence(me))}</Caption1>
      </div>
    </div>
  );
}

import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { useFormat } from '../format.js';

const useStyles = makeStyles({ root: { marginBlock: tokens.spacingVerticalS } });

/** Shown when Graph was unreachable and the member list came from an older cache. */
export function StaleNotice({ fetchedAt }: { fetchedAt: string }) {
  const styles = useStyles();
  const { moment } = useFormat();
  const when = Number.isNaN(new Date(fetchedAt).getTime()) ? 'earlier' : moment(fetchedAt);
  return (
    <MessageBar intent="warning" layout="multiline" className={styles.root}>
      <MessageBarBody>
        <MessageBarTitle>Membership may be out of date</MessageBarTitle> Microsoft Teams could not
        be reached just now, so this list is from {when}. Recent joiners or leavers may be missing;
        it refreshes on its own.
      </MessageBarBody>
    </MessageBar>
  );
}

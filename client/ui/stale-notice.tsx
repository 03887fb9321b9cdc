import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { useFormat } from '../format.js';
import { useT } from '../i18n.js';

const useStyles = makeStyles({ root: { marginBlock: tokens.spacingVerticalS } });

/** Shown when Graph was unreachable and the member list came from an older cache. */
export function StaleNotice({ fetchedAt }: { fetchedAt: string }) {
  const styles = useStyles();
  const { moment } = useFormat();
  const t = useT();
  const known = !Number.isNaN(new Date(fetchedAt).getTime());
  const body = known
    ? t('common.stale.body', { when: moment(fetchedAt) })
    : t('common.stale.bodyUnknown');
  return (
    <MessageBar intent="warning" layout="multiline" className={styles.root}>
      <MessageBarBody>
        <MessageBarTitle>{t('common.stale.title')}</MessageBarTitle> {body}
      </MessageBarBody>
    </MessageBar>
  );
}

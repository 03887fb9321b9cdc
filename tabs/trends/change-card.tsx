import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Trends } from '../../shared/trends/api.js';
import { latestChange } from '../../client/trends/change-wording.js';
import { useFormat } from '../../client/format.js';
import { useT } from '../../client/i18n.js';

const useStyles = makeStyles({
  line: { display: 'block', marginTop: tokens.spacingVerticalXS },
});

/**
 * The latest change: up, down or no clear change between the two latest pulses with results, by
 * date, or why none is shown; and a plain sentence when the newest pulse had too few responses.
 */
export function ChangeCard({ trends }: { trends: Trends }) {
  const styles = useStyles();
  const { locale } = useFormat();
  const t = useT();
  const wording = latestChange(trends, locale, t);
  const withheld = wording.latestWithheld && (
    <Body1 className={styles.line}>{wording.latestWithheld}</Body1>
  );
  if (wording.kind !== 'change') {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('trends.change.title')}</MessageBarTitle> {wording.text}
          {withheld}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const title = (
    <MessageBarTitle>
      {t('trends.change.titleWith', { headline: wording.headline })}
    </MessageBarTitle>
  );
  return (
    <MessageBar intent="info" layout="multiline" icon={null}>
      <MessageBarBody>
        {title} {wording.text}
        {withheld}
        <Text size={200} className={styles.line}>
          {wording.caution}
        </Text>
      </MessageBarBody>
    </MessageBar>
  );
}

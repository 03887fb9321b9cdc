import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Trends } from '../../shared/trends/api.js';
import { latestChange } from '../../client/trends/change-wording.js';

const useStyles = makeStyles({
  caution: { display: 'block', marginTop: tokens.spacingVerticalXS },
});

/** "Change since the last pulse": up, down or no clear change, or why none is shown. */
export function ChangeCard({ trends }: { trends: Trends }) {
  const styles = useStyles();
  const wording = latestChange(trends);
  if (wording.kind !== 'change') {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Change since the last pulse</MessageBarTitle> {wording.text}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="info" layout="multiline" icon={null}>
      <MessageBarBody>
        <MessageBarTitle>Change since the last pulse: {wording.headline}</MessageBarTitle>{' '}
        {wording.text}
        <Text size={200} className={styles.caution}>
          {wording.caution}
        </Text>
      </MessageBarBody>
    </MessageBar>
  );
}

import { Body1, makeStyles, Text, Title2, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    maxWidth: '36rem',
    margin: '0 auto',
    padding: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** What someone sees when they open a Candor page in a plain browser tab. */
export function NotInTeams() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1">Open Candor in Microsoft Teams</Title2>
      <Body1>
        Candor runs inside Microsoft Teams: it needs Teams to know who you are and which team or
        meeting you are in. This page was opened on its own, so there is nothing to show here.
      </Body1>
      <Text as="p" weight="semibold">
        To use Candor:
      </Text>
      <ol className={styles.steps}>
        <li>
          <Body1>Open Microsoft Teams.</Body1>
        </li>
        <li>
          <Body1>
            For team pulses, go to your team&apos;s channel and select the Candor tab (or add it
            with +).
          </Body1>
        </li>
        <li>
          <Body1>For retros, join the meeting and open Candor from the Apps menu.</Body1>
        </li>
      </ol>
      <Body1>If Candor is not in Teams yet, ask your Teams admin to add it.</Body1>
    </main>
  );
}

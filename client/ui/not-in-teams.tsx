import { Body1, makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import { useT } from '../i18n.js';

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
  const t = useT();
  return (
    <main className={styles.root}>
      <Title2 as="h1">{t('common.notInTeams.title')}</Title2>
      <Body1>{t('common.notInTeams.intro')}</Body1>
      <Text as="p" weight="semibold">
        {t('common.notInTeams.steps')}
      </Text>
      <ol className={styles.steps}>
        <li>
          <Body1>{t('common.notInTeams.openTeams')}</Body1>
        </li>
        <li>
          <Body1>{t('common.notInTeams.pulses')}</Body1>
        </li>
        <li>
          <Body1>{t('common.notInTeams.retros')}</Body1>
        </li>
      </ol>
      <Body1>{t('common.notInTeams.admin')}</Body1>
    </main>
  );
}

import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { userMessage } from '../../client/api-error.js';
import { hostScope } from '../../client/host-info.js';
import { useHost } from '../../client/host-context.js';
import { tabConfigFor, tabSurface } from '../../client/tab-config.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { Loading } from '../../client/ui/loading.js';
import { PageLayout } from '../../client/ui/page-layout.js';
import { SignedInAs } from '../../client/ui/signed-in-as.js';
import { useMeContext } from '../../client/use-me-context.js';
import { useT } from '../../client/i18n.js';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

/** The configuration page (frameContext `settings`): says what Candor adds, then saves the tab. */
export function ConfigPage() {
  const styles = useStyles();
  const t = useT();
  const { info, config } = useHost();
  const surface = tabSurface(info);
  const me = useMeContext(hostScope(info));
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    config.onSave((save) => {
      setSaveError(null);
      config
        .save(tabConfigFor(surface, window.location.origin))
        .then(save.succeed)
        .catch((error: unknown) => {
          const message = userMessage(error);
          setSaveError(message);
          save.fail(message);
        });
    });
    // Nothing to choose yet: the tab can be saved as soon as the handler is in place.
    config.setValid(true);
  }, [config, surface]);

  return (
    <PageLayout
      layout="wide"
      subtitle={surface === 'channel' ? t('pulse.config.addChannel') : t('pulse.config.addMeeting')}
    >
      <section className={styles.section} aria-labelledby="adds-heading">
        <Subtitle2 as="h2" id="adds-heading" className={styles.heading}>
          {t('pulse.config.addsHeading')}
        </Subtitle2>
        <Body1>
          {surface === 'channel' ? t('pulse.config.channelAdds') : t('pulse.config.meetingAdds')}
        </Body1>
        <Body1>
          {surface === 'channel' ? t('pulse.config.channelBody') : t('pulse.config.meetingBody')}
        </Body1>
        <Body1>{t('pulse.config.selectSave')}</Body1>
      </section>
      {me.isPending && <Loading label={t('pulse.config.checking')} />}
      {me.isError && <ErrorPanel title={t('pulse.config.membershipError')} error={me.error} />}
      {me.data && <SignedInAs me={me.data} />}
      {saveError && <ErrorPanel title={t('pulse.config.notSaved')} message={saveError} />}
    </PageLayout>
  );
}

import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
} from '@fluentui/react-components';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import { needsSafetyPrompt } from '../../shared/retro/tallies.js';
import { CheckinQuestionSection } from './checkin-question.js';
import { CommandError } from './command-error.js';
import { useRetro } from './retro-context.js';
import { ScaleRadio } from './scale-radio.js';
import { useRetroStyles } from './styles.js';
import { TallyView } from './tally-view.js';
import { useT } from '../../client/i18n.js';
import { useSafetyScale } from './scales.js';

/** The Prime Directive, the check-in question and the anonymous safety check. */
export default function CheckinPhase() {
  const styles = useRetroStyles();
  const t = useT();
  const safetyScale = useSafetyScale();
  const { view, allowed } = useRetro();
  const command = useRetroCommand(view.id);
  const lowTitle = <MessageBarTitle>{t('panel.checkin.lowTitle')}</MessageBarTitle>;
  return (
    <div className={styles.stack}>
      <section className={styles.section} aria-labelledby="prime-heading">
        <Subtitle2 as="h3" id="prime-heading" className={styles.heading}>
          {t('panel.checkin.primeTitle')}
        </Subtitle2>
        <Body1 as="p" className={styles.text}>
          {t('panel.checkin.prime')}
        </Body1>
      </section>
      <CheckinQuestionSection />
      <section className={styles.stack} aria-labelledby="safety-heading">
        <Subtitle2 as="h3" id="safety-heading" className={styles.heading}>
          {t('panel.checkin.safetyTitle')}
        </Subtitle2>
        <ScaleRadio
          label={t('panel.checkin.safety')}
          scale={safetyScale}
          order="descending"
          value={view.me.safety}
          disabled={!allowed.has('answerSafety')}
          onChange={(value) => void command.send({ type: 'answerSafety', value })}
        />
        <CommandError error={command.error} />
        <TallyView label={t('panel.checkin.safetyAnswers')} tally={view.safety} />
        {view.me.isFacilitator && needsSafetyPrompt(view.safety) && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {lowTitle} {t('panel.checkin.low')}
            </MessageBarBody>
          </MessageBar>
        )}
      </section>
    </div>
  );
}

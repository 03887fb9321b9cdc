import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
} from '@fluentui/react-components';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import { primeDirective, safetyScale } from '../../shared/retro/api.js';
import { needsSafetyPrompt } from '../../shared/retro/tallies.js';
import { CommandError } from './command-error.js';
import { useRetro } from './retro-context.js';
import { ScaleRadio } from './scale-radio.js';
import { useRetroStyles } from './styles.js';
import { TallyView } from './tally-view.js';

/** The Prime Directive and the anonymous safety check. */
export default function CheckinPhase() {
  const styles = useRetroStyles();
  const { view, allowed } = useRetro();
  const command = useRetroCommand(view.id);
  return (
    <div className={styles.stack}>
      <section className={styles.section} aria-labelledby="prime-heading">
        <Subtitle2 as="h3" id="prime-heading" className={styles.heading}>
          The Prime Directive
        </Subtitle2>
        <Body1 as="p" className={styles.text}>
          {primeDirective}
        </Body1>
      </section>
      <section className={styles.stack} aria-labelledby="safety-heading">
        <Subtitle2 as="h3" id="safety-heading" className={styles.heading}>
          Safety check (anonymous)
        </Subtitle2>
        <ScaleRadio
          label="Safety check"
          scale={safetyScale}
          order="descending"
          value={view.me.safety}
          disabled={!allowed.has('answerSafety')}
          onChange={(value) => void command.send({ type: 'answerSafety', value })}
        />
        <CommandError error={command.error} />
        <TallyView label="Safety check answers" tally={view.safety} />
        {view.me.isFacilitator && needsSafetyPrompt(view.safety) && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Safety looks low</MessageBarTitle> Half the room or more feels unsafe
              to speak. Consider talking about that first, keeping the retro small, or agreeing what
              stays in the room before going on.
            </MessageBarBody>
          </MessageBar>
        )}
      </section>
    </div>
  );
}

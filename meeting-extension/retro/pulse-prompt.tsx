import { Body1, Body1Strong, Caption1, Subtitle2, Text } from '@fluentui/react-components';
import { useFormat } from '../../client/format.js';
import { useT } from '../../client/i18n.js';
import { ItemTextNote } from '../../client/pulse/item-text-note.js';
import { reverseScoredNoteId } from '../../client/pulse/results-format.js';
import { useItemText } from '../../client/pulse/use-item-text.js';
import { edmondsonItems } from '../../shared/pulse/items.js';
import type { PulsePrompt } from '../../shared/retro/api.js';
import { useRetroStyles } from './styles.js';

const guide = [
  'prompts.review.guide.frame',
  'prompts.review.guide.ask',
  'prompts.review.guide.respond',
  'prompts.review.guide.never',
] as const;

/**
 * "From the last pulse": the team figures an owner sent for this retro, and a short guide to
 * talking about them, after Edmondson's framing, inquiry and response (cited under it).
 */
export function PulsePromptView({ prompt }: { prompt: PulsePrompt }) {
  const styles = useRetroStyles();
  const t = useT();
  const fmt = useFormat();
  const itemText = useItemText();
  const score = (value: number) => fmt.number(Math.round(value));
  return (
    <section className={styles.section} aria-labelledby="pulse-prompt-heading">
      <Subtitle2 as="h3" id="pulse-prompt-heading" className={`${styles.heading} ${styles.text}`}>
        {t('prompts.review.title', { title: prompt.pulseTitle })}
      </Subtitle2>
      <Body1>
        {[
          t('prompts.review.closed', {
            date: fmt.day(prompt.closedAt),
            score: score(prompt.score100),
          }),
          prompt.change &&
            t('prompts.review.change', {
              direction: prompt.change.direction,
              points: fmt.number(Math.abs(prompt.change.difference100), 0),
            }),
        ]
          .filter(Boolean)
          .join(' ')}
      </Body1>
      <Body1Strong as="h4" className={styles.heading}>
        {t('prompts.review.lowest')}
      </Body1Strong>
      <ul className={styles.list}>
        {prompt.statements.map((statement) => {
          const item = edmondsonItems.find((i) => i.id === statement.itemId);
          const text = itemText.items.find((i) => i.id === statement.itemId)?.text ?? item?.text;
          return (
            <li key={statement.itemId} className={styles.tight}>
              <Text className={styles.text}>{t('pulse.released.quote', { text: text ?? '' })}</Text>
              <Caption1>
                {[
                  t('prompts.review.statementScore', { score: score(statement.score100) }),
                  item?.reversed && t(reverseScoredNoteId),
                ]
                  .filter(Boolean)
                  .join(' ')}
              </Caption1>
            </li>
          );
        })}
      </ul>
      <ItemTextNote className={styles.muted} />
      <Body1Strong as="h4" className={styles.heading}>
        {t('prompts.review.guideTitle')}
      </Body1Strong>
      <ul className={styles.list}>
        {guide.map((id) => (
          <li key={id}>
            <Body1 className={styles.text}>{t(id)}</Body1>
          </li>
        ))}
      </ul>
      <Caption1 className={`${styles.muted} ${styles.text}`}>{t('prompts.review.source')}</Caption1>
    </section>
  );
}

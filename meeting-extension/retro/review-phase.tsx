import { Body1, Subtitle2 } from '@fluentui/react-components';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import { ActionItemView } from './action-item.js';
import { CommandError } from './command-error.js';
import { useRetro } from './retro-context.js';
import { useRetroStyles } from './styles.js';
import { useT } from '../../client/i18n.js';
import { PulsePromptView } from './pulse-prompt.js';
import { TodoSlot } from '../../client/todo/todo-slot.js';

/** Open action items from earlier retros of this meeting series. */
export default function ReviewPhase() {
  const styles = useRetroStyles();
  const t = useT();
  const { view, allowed } = useRetro();
  const command = useRetroCommand(view.id);
  const mayChange = (ownerId: string) =>
    allowed.has('reviewItem') && (view.me.isFacilitator || ownerId === view.me.userId);
  return (
    <section className={styles.stack} aria-labelledby="review-heading">
      <Subtitle2 as="h3" id="review-heading" className={styles.heading}>
        {t('panel.review.title')}
      </Subtitle2>
      {view.pulsePrompt && <PulsePromptView prompt={view.pulsePrompt} />}
      {view.review.length === 0 ? (
        <Body1>{t('panel.review.none')}</Body1>
      ) : (
        <ul className={styles.list} aria-label={t('panel.review.title')}>
          {view.review.map((item) => (
            <ActionItemView
              key={item.id}
              item={item}
              onStatus={
                mayChange(item.owner.userId)
                  ? (status) => void command.send({ type: 'reviewItem', actionId: item.id, status })
                  : undefined
              }
              extra={
                item.owner.userId === view.me.userId && (
                  <TodoSlot
                    item={item}
                    chatId={view.chatId}
                    retroTitle={item.from?.title ?? view.title}
                    mode="review"
                    // Completed in To Do: done here too, through the review's own command.
                    onCompleted={
                      allowed.has('reviewItem')
                        ? () =>
                            void command.send({
                              type: 'reviewItem',
                              actionId: item.id,
                              status: 'done',
                            })
                        : undefined
                    }
                  />
                )
              }
            />
          ))}
        </ul>
      )}
      <CommandError error={command.error} />
    </section>
  );
}

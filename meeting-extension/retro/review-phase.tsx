import { Body1, Subtitle2 } from '@fluentui/react-components';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import { ActionItemView } from './action-item.js';
import { CommandError } from './command-error.js';
import { useRetro } from './retro-context.js';
import { useRetroStyles } from './styles.js';

/** Open action items from earlier retros of this meeting series. */
export default function ReviewPhase() {
  const styles = useRetroStyles();
  const { view, allowed } = useRetro();
  const command = useRetroCommand(view.id);
  const mayChange = (ownerId: string) =>
    allowed.has('reviewItem') && (view.me.isFacilitator || ownerId === view.me.userId);
  return (
    <section className={styles.stack} aria-labelledby="review-heading">
      <Subtitle2 as="h3" id="review-heading" className={styles.heading}>
        Actions from earlier retros
      </Subtitle2>
      {view.review.length === 0 ? (
        <Body1>No open action items from earlier retros of this meeting. On to gathering!</Body1>
      ) : (
        <ul className={styles.list} aria-label="Actions from earlier retros">
          {view.review.map((item) => (
            <ActionItemView
              key={item.id}
              item={item}
              onStatus={
                mayChange(item.owner.userId)
                  ? (status) => void command.send({ type: 'reviewItem', actionId: item.id, status })
                  : undefined
              }
            />
          ))}
        </ul>
      )}
      <CommandError error={command.error} />
    </section>
  );
}

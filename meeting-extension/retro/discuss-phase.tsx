import { Badge, Button, Caption1 } from '@fluentui/react-components';
import { useT } from '../../client/i18n.js';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import { orderedGroups } from '../../client/retro/view-state.js';
import { useBoardText } from './board-text.js';
import { CommandError } from './command-error.js';
import { PhaseTopic } from './phase-topic.js';
import { useRetro } from './retro-context.js';
import { useRetroStyles } from './styles.js';
import { TopicNotes } from './topic-notes.js';

/**
 * Topics by votes; the facilitator moves the focus, and everyone adds notes to the topic under
 * discussion (one note box, not one per topic, so the list stays readable at 320 px).
 */
export default function DiscussPhase() {
  const styles = useRetroStyles();
  const t = useT();
  const text = useBoardText();
  const { view, allowed } = useRetro();
  const command = useRetroCommand(view.id);
  const cards = new Map(view.cards.map((card) => [card.id, card]));
  const groups = orderedGroups(view);
  const focus = view.discussion.focusGroupId;
  const focusIndex = groups.findIndex((g) => g.id === focus);
  const next = groups[focusIndex + 1];
  const indexOf = (id: string) => view.groups.findIndex((g) => g.id === id);

  return (
    <div className={styles.stack}>
      {allowed.has('focusTopic') && (
        <div className={styles.row}>
          <Button
            appearance="primary"
            disabled={!next || command.isPending}
            onClick={() => next && void command.send({ type: 'focusTopic', groupId: next.id })}
          >
            {focusIndex < 0 ? t('retro.discuss.first') : t('retro.discuss.next')}
          </Button>
          {!next && groups.length > 0 && <Caption1>{t('retro.discuss.last')}</Caption1>}
        </div>
      )}
      <CommandError error={command.error} />
      <ol className={styles.list} aria-label={t('retro.discuss.topics')}>
        {groups.map((group) => {
          const name = text.groupName(group, indexOf(group.id));
          const focused = group.id === focus;
          return (
            <li
              key={group.id}
              className={`${styles.section} ${focused ? styles.highlight : ''}`}
              aria-current={focused ? 'true' : undefined}
            >
              <div className={styles.row}>
                {focused && <Badge appearance="filled">{t('retro.discuss.now')}</Badge>}
                {group.votes !== null && (
                  <Badge appearance="outline">{text.votes(group.votes)}</Badge>
                )}
              </div>
              <PhaseTopic group={group} index={indexOf(group.id)} cards={cards} />
              {allowed.has('focusTopic') && !focused && (
                <Button
                  size="small"
                  onClick={() => void command.send({ type: 'focusTopic', groupId: group.id })}
                >
                  {t('retro.discuss.discussThis')}
                </Button>
              )}
              <TopicNotes
                retroId={view.id}
                group={group}
                name={name}
                canAdd={allowed.has('addNote') && focused}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}

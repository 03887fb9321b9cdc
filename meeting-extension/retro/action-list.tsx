import { Body1, Button } from '@fluentui/react-components';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import { ActionItemView } from './action-item.js';
import { CommandError } from './command-error.js';
import { useRetro } from './retro-context.js';
import { useRetroStyles } from './styles.js';
import { useT } from '../../client/i18n.js';
import { TodoSlot } from '../../client/todo/todo-slot.js';

/** This retro's action items, with owners; status changes while actions may still change. */
export function ActionList() {
  const styles = useRetroStyles();
  const t = useT();
  const { view, allowed } = useRetro();
  const command = useRetroCommand(view.id);
  if (view.actions.length === 0) return <Body1>{t('panel.actions.none')}</Body1>;
  return (
    <>
      <ul className={styles.list} aria-label={t('panel.actions.title')}>
        {view.actions.map((item) => (
          <ActionItemView
            key={item.id}
            item={item}
            onStatus={
              allowed.has('updateAction')
                ? (status) => void command.send({ type: 'updateAction', actionId: item.id, status })
                : undefined
            }
            extra={
              <>
                {item.owner.userId === view.me.userId && (
                  <TodoSlot item={item} chatId={view.chatId} retroTitle={view.title} mode="add" />
                )}
                {allowed.has('deleteAction') && (
                  <Button
                    size="small"
                    onClick={() => void command.send({ type: 'deleteAction', actionId: item.id })}
                  >
                    {t('panel.actions.delete')}
                  </Button>
                )}
              </>
            }
          />
        ))}
      </ul>
      <CommandError error={command.error} />
    </>
  );
}

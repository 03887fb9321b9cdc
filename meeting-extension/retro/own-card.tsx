import { Body1, Button, Caption1, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { useT } from '../../client/i18n.js';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import type { CardView } from '../../shared/retro/api.js';
import { CommandError } from './command-error.js';
import { CardAuthor } from './phase-topic.js';
import { useRetro } from './retro-context.js';
import { useRetroStyles } from './styles.js';

/** A card in gather: its author may edit or delete it. */
export function GatherCard({ card }: { card: CardView }) {
  const styles = useRetroStyles();
  const t = useT();
  const { view, allowed } = useRetro();
  const command = useRetroCommand(view.id);
  const [editing, setEditing] = useState<string | null>(null);
  const mayChange = card.mine && allowed.has('editCard');

  async function save() {
    if (editing === null || !editing.trim()) return;
    const sent = await command.send({ type: 'editCard', cardId: card.id, text: editing.trim() });
    if (sent) setEditing(null);
  }

  return (
    <li className={styles.surface}>
      {editing === null ? (
        <Body1 className={styles.text}>{card.text}</Body1>
      ) : (
        <Textarea
          aria-label={t('retro.gather.editCard')}
          value={editing}
          maxLength={500}
          resize="vertical"
          onChange={(_, d) => setEditing(d.value)}
        />
      )}
      {card.mine && <Caption1 className={styles.muted}>{t('retro.gather.yourCard')}</Caption1>}
      {!card.mine && <CardAuthor card={card} />}
      {mayChange && (
        <div className={styles.row}>
          {editing === null ? (
            <>
              <Button size="small" onClick={() => setEditing(card.text)}>
                {t('retro.gather.edit')}
              </Button>
              {allowed.has('deleteCard') && (
                <Button
                  size="small"
                  onClick={() => void command.send({ type: 'deleteCard', cardId: card.id })}
                >
                  {t('retro.gather.delete')}
                </Button>
              )}
            </>
          ) : (
            <>
              <Button size="small" appearance="primary" onClick={() => void save()}>
                {t('retro.gather.save')}
              </Button>
              <Button size="small" onClick={() => setEditing(null)}>
                {t('retro.gather.cancel')}
              </Button>
            </>
          )}
        </div>
      )}
      <CommandError error={command.error} />
    </li>
  );
}

import { Button, Caption1, Text } from '@fluentui/react-components';
import { useT } from '../../client/i18n.js';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import { checkVote } from '../../shared/retro/votes.js';
import { useBoardText } from './board-text.js';
import { CommandError } from './command-error.js';
import { PhaseTopic } from './phase-topic.js';
import { useRetro } from './retro-context.js';
import { useRetroStyles } from './styles.js';

// The buttons' glyphs; their names (aria-label) carry the words.
const minus = '−';
const plus = '+';

/** Spend the vote budget on groups, within the per-group cap; totals stay hidden until the end. */
export default function VotePhase() {
  const styles = useRetroStyles();
  const t = useT();
  const text = useBoardText();
  const { view, allowed } = useRetro();
  const command = useRetroCommand(view.id);
  const cards = new Map(view.cards.map((card) => [card.id, card]));
  const limits = { budget: view.options.voteBudget, cap: view.options.perGroupCap };
  const mayVote = allowed.has('vote');
  return (
    <div className={styles.stack}>
      {/* Not a live region: the page's announcer says "Your vote counted" with the votes left. */}
      <Text weight="semibold">
        {t('retro.vote.left', { left: view.me.votesLeft, budget: view.options.voteBudget })}
      </Text>
      <Caption1 className={styles.muted}>
        {t('retro.vote.cap', { cap: view.options.perGroupCap })}
      </Caption1>
      {view.me.isFacilitator && (
        // A count for the facilitator to pace the phase; who voted is never known to anyone. Not
        // read out on each change: others' votes would interrupt the facilitator's screen reader.
        <Caption1>
          {t('retro.vote.voted', {
            voted: view.voted,
            total: Math.max(view.voted, view.ready.total),
          })}
        </Caption1>
      )}
      <CommandError error={command.error} title={t('retro.vote.notCounted')} />
      <ul className={styles.list} aria-label={t('retro.vote.groups')}>
        {view.groups.map((group, index) => {
          const mine = view.me.votes[group.id] ?? 0;
          const name = text.groupName(group, index);
          const can = (delta: 1 | -1) =>
            mayVote && !command.isPending && checkVote(limits, view.me.votes, group.id, delta).ok;
          return (
            <li key={group.id} className={styles.section}>
              <PhaseTopic group={group} index={index} cards={cards} />
              <div className={styles.row}>
                <Button
                  size="small"
                  aria-label={t('retro.vote.remove', { name })}
                  disabled={!can(-1)}
                  onClick={() => void command.send({ type: 'vote', groupId: group.id, delta: -1 })}
                >
                  {minus}
                </Button>
                <Text aria-label={t('retro.vote.mineLabel', { name, count: mine })}>
                  {t('retro.vote.mine', { count: mine })}
                </Text>
                <Button
                  size="small"
                  aria-label={t('retro.vote.add', { name })}
                  disabled={!can(1)}
                  onClick={() => void command.send({ type: 'vote', groupId: group.id, delta: 1 })}
                >
                  {plus}
                </Button>
                {group.votes !== null && (
                  <Text weight="semibold">{t('retro.vote.total', { count: group.votes })}</Text>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

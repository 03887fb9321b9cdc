import { Button, Caption1, Text } from '@fluentui/react-components';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import { votesLabel } from '../../shared/retro/due.js';
import { checkVote } from '../../shared/retro/votes.js';
import { CommandError } from './command-error.js';
import { groupLabel } from './labels.js';
import { PhaseTopic } from './phase-topic.js';
import { useRetro } from './retro-context.js';
import { useRetroStyles } from './styles.js';

/** Spend the vote budget on groups, within the per-group cap; totals stay hidden until the end. */
export default function VotePhase() {
  const styles = useRetroStyles();
  const { view, allowed } = useRetro();
  const command = useRetroCommand(view.id);
  const cards = new Map(view.cards.map((card) => [card.id, card]));
  const limits = { budget: view.options.voteBudget, cap: view.options.perGroupCap };
  const mayVote = allowed.has('vote');
  return (
    <div className={styles.stack}>
      <Text role="status" aria-live="polite" weight="semibold">
        {view.me.votesLeft} of {view.options.voteBudget} votes left
      </Text>
      <Caption1 className={styles.muted}>
        Up to {view.options.perGroupCap} per group. Totals show when voting ends.
      </Caption1>
      {view.me.isFacilitator && (
        // A count for the facilitator to pace the phase; who voted is never known to anyone.
        <Caption1 role="status" aria-live="polite">
          {view.voted} of {Math.max(view.voted, view.ready.total)} have voted
        </Caption1>
      )}
      <CommandError error={command.error} title="The vote did not count" />
      <ul className={styles.list} aria-label="Groups to vote on">
        {view.groups.map((group, index) => {
          const mine = view.me.votes[group.id] ?? 0;
          const name = groupLabel(group, index);
          const can = (delta: 1 | -1) =>
            mayVote && !command.isPending && checkVote(limits, view.me.votes, group.id, delta).ok;
          return (
            <li key={group.id} className={styles.section}>
              <PhaseTopic group={group} index={index} cards={cards} />
              <div className={styles.row}>
                <Button
                  size="small"
                  aria-label={`Remove a vote from ${name}`}
                  disabled={!can(-1)}
                  onClick={() => void command.send({ type: 'vote', groupId: group.id, delta: -1 })}
                >
                  −
                </Button>
                <Text aria-label={`Your votes on ${name}: ${mine}`}>Your votes: {mine}</Text>
                <Button
                  size="small"
                  aria-label={`Add a vote to ${name}`}
                  disabled={!can(1)}
                  onClick={() => void command.send({ type: 'vote', groupId: group.id, delta: 1 })}
                >
                  +
                </Button>
                {group.votes !== null && (
                  <Text weight="semibold">Total: {votesLabel(group.votes)}</Text>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

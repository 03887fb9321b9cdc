import { useEffect, useRef } from 'react';
import { useT } from '../../client/i18n.js';
import { useCountdown } from '../../client/retro/use-countdown.js';
import { useAnnounce } from '../../client/ui/announcer.js';
import type { RetroView } from '../../shared/retro/api.js';
import { usePhaseName } from './phase-names.js';

/** New cards are counted over this long, so a burst is one sentence ("3 new cards"). */
const cardBatchMs = 2_000;

const cardCount = (view: RetroView) =>
  view.cards.length + Object.values(view.hiddenCounts).reduce((a, b) => a + b, 0);
const myVotes = (view: RetroView) => Object.values(view.me.votes).reduce((a, b) => a + b, 0);

/**
 * What a screen reader hears about the running retro, through the page's live region: the phase
 * ("Phase 3 of 8: Group"), new cards as a count, the timer at one minute and at zero, and one's
 * own vote landing.
 */
export function useRetroAnnouncements(view: RetroView, fetchedAt: number): void {
  const t = useT();
  const announce = useAnnounce();
  const seen = useRef({ phase: view.phase, cards: cardCount(view), votes: myVotes(view) });
  const pendingCards = useRef(0);
  const batch = useRef<number | undefined>(undefined);

  const phaseIndex = view.phases.indexOf(view.phase);
  const name = usePhaseName()(view.phase);
  useEffect(() => {
    if (seen.current.phase === view.phase) return;
    seen.current.phase = view.phase;
    announce(
      t('a11y.retro.phaseChanged', { index: phaseIndex + 1, total: view.phases.length, name }),
    );
  }, [view.phase, view.phases.length, phaseIndex, name, announce, t]);

  const cards = cardCount(view);
  useEffect(() => {
    const added = cards - seen.current.cards;
    seen.current.cards = cards;
    if (added <= 0) return;
    pendingCards.current += added;
    window.clearTimeout(batch.current);
    batch.current = window.setTimeout(() => {
      announce(t('a11y.retro.newCards', { count: pendingCards.current }));
      pendingCards.current = 0;
    }, cardBatchMs);
  }, [cards, announce, t]);
  useEffect(() => () => window.clearTimeout(batch.current), []);

  const votes = myVotes(view);
  const votesLeft = view.me.votesLeft;
  useEffect(() => {
    const more = votes > seen.current.votes;
    seen.current.votes = votes;
    if (more) announce(t('a11y.retro.voteCounted', { left: votesLeft }));
  }, [votes, votesLeft, announce, t]);

  const remaining = useCountdown(view, fetchedAt);
  const mark =
    remaining === null ? null : remaining === 0 ? 'up' : remaining <= 60 ? 'one' : 'more';
  const lastMark = useRef(mark);
  useEffect(() => {
    const before = lastMark.current;
    lastMark.current = mark;
    if (mark === before) return;
    // Only a timer crossing the minute says so: one started at a minute or less was just heard.
    if (mark === 'one' && before === 'more') announce(t('a11y.retro.timerOneMinute'));
    if (mark === 'up' && before !== null) announce(t('a11y.retro.timerUp'));
  }, [mark, announce, t]);
}

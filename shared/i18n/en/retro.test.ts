import { describe, expect, it } from 'vitest';
import { createIntl } from '@formatjs/intl';
import { en } from './index.js';
import { de } from '../de/index.js';
import { ja } from '../ja/index.js';
import type { MessageId } from './index.js';

const intl = (locale: string, messages: Record<string, string>) =>
  createIntl({ locale, messages, onError: (e) => expect.fail(e.message) });
const english = intl('en-US', en);
const say = (id: MessageId, values?: Record<string, string | number>) =>
  english.formatMessage({ id }, values);

// The board's English text as it read before the catalogue; the e2e tests find elements by it.
describe('retro board English, unchanged by the move to the catalogue', () => {
  it('counts', () => {
    expect(say('retro.gather.hidden', { count: 1 })).toBe(
      '1 card from others (hidden until the reveal)',
    );
    expect(say('retro.gather.hidden', { count: 2 })).toBe(
      '2 cards from others (hidden until the reveal)',
    );
    expect(say('retro.vote.left', { left: 3, budget: 5 })).toBe('3 of 5 votes left');
    expect(say('retro.vote.voted', { voted: 2, total: 2 })).toBe('2 of 2 have voted');
    expect(say('retro.vote.voted', { voted: 1, total: 2 })).toBe('1 of 2 have voted');
    expect(say('retro.group.cardCount', { count: 1 })).toBe('(1 card)');
    expect(say('retro.group.cardCount', { count: 4 })).toBe('(4 cards)');
    expect(say('retro.board.votes', { count: 1 })).toBe('1 vote');
    expect(say('retro.vote.total', { count: 3 })).toBe('Total: 3 votes');
    expect(say('retro.stage.cards', { count: 1 })).toBe('1 card');
  });

  it('drag-and-drop announcements', () => {
    const card = { known: 'yes', card: 'Ship it' };
    expect(say('retro.dnd.pickedUp', card)).toBe('Picked up card "Ship it".');
    expect(say('retro.dnd.over', { ...card, target: 'new', group: '' })).toBe(
      'card "Ship it" is over a new group.',
    );
    expect(say('retro.dnd.dropped', { ...card, target: 'group', group: 'Tools' })).toBe(
      'Dropped card "Ship it" into group "Tools".',
    );
    expect(say('retro.dnd.dropped', { ...card, target: 'ungrouped', group: '' })).toBe(
      'Dropped card "Ship it" into ungrouped cards.',
    );
    expect(say('retro.dnd.cancelled', { known: 'no', card: '' })).toBe(
      'Cancelled. card stays put.',
    );
    expect(say('retro.dnd.instructions')).toContain('Or use the card\'s "Move to…" menu.');
  });

  it('stage lines', () => {
    expect(say('retro.stage.status', { name: 'Ann', ready: 1, total: 3 })).toBe(
      'Facilitator: Ann · 1 of 3 ready',
    );
    expect(say('retro.stage.timeUp')).toBe("Time's up");
    expect(say('retro.stage.action', { owner: 'Ann', due: '4 Dec 2026', status: 'dropped' })).toBe(
      'Ann · due 4 Dec 2026 · dropped',
    );
  });
});

describe('retro board plurals in German and Japanese', () => {
  it('follow each language', () => {
    const german = intl('de-DE', de);
    expect(german.formatMessage({ id: 'retro.group.cardCount' }, { count: 1 })).toBe('(1 Karte)');
    expect(german.formatMessage({ id: 'retro.group.cardCount' }, { count: 2 })).toBe('(2 Karten)');
    const japanese = intl('ja-JP', ja);
    expect(japanese.formatMessage({ id: 'retro.vote.voted' }, { voted: 1, total: 3 })).toBe(
      '3 人中 1 人が投票しました',
    );
  });
});

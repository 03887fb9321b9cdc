import { tallyThreshold, type ActionItem, type RetroSummary } from './api.js';
import { escapeMarkdown, type SummaryTranslate } from './summary.js';

/** An Adaptive Card as Teams reads it (schema 1.5), with Teams' mention entities. */
export type AdaptiveCard = {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions: { type: 'Action.OpenUrl'; title: string; url: string }[];
  msteams: { width: 'Full'; entities: MentionEntity[] };
};

export type CardElement =
  | {
      type: 'TextBlock';
      text: string;
      wrap: true;
      size?: 'Medium' | 'Large';
      weight?: 'Bolder';
      isSubtle?: true;
      spacing?: 'Medium';
    }
  | { type: 'Container'; items: CardElement[]; spacing?: 'Small' };

/** Teams renders `<at>name</at>` in a TextBlock as an @mention of the entity with that text. */
export type MentionEntity = {
  type: 'mention';
  text: string;
  mentioned: { id: string; name: string };
};

/** What the card shows; built by the server from the stored retro (server/retro/summary.ts). */
export type SummaryCardInput = {
  summary: Pick<RetroSummary, 'title' | 'date' | 'topTopics' | 'actions' | 'roti'>;
  /** Whether the facilitator revealed the cards. Unrevealed, no topic (a card's words) is shown. */
  revealed: boolean;
  /** Opens the summary in the app's chat tab (see summaryTabLink). */
  summaryUrl: string;
};

const schemaUrl = 'http://adaptivecards.io/schemas/adaptive-card.json';
const topicsShown = 5;

const text = (value: string, extra: Partial<Extract<CardElement, { type: 'TextBlock' }>> = {}) =>
  ({ type: 'TextBlock', text: value, wrap: true, ...extra }) as const;

/** A name fit for `<at>…</at>`: the entity's text must match the TextBlock's exactly. */
const mentionName = (name: string) => name.replace(/[<>\\]/g, '').trim();

/**
 * The retro summary as an Adaptive Card for the meeting chat: the most-voted topics (titles only,
 * and only once revealed), the action items with their owners @mentioned and due dates, ROTI only
 * from `tallyThreshold` answers, and a button to the chat tab's summary. It never holds a card's
 * text or author: topics are group titles, which are public from the reveal on.
 */
export function summaryCard(input: SummaryCardInput, t: SummaryTranslate): AdaptiveCard {
  const { summary } = input;
  const title = escapeMarkdown(summary.title) || t('bot.card.untitledRetro');
  const body: CardElement[] = [
    text(t('bot.card.title', { title }), { size: 'Large', weight: 'Bolder' }),
    text(escapeMarkdown(summary.date), { isSubtle: true }),
    text(t('bot.card.topTopics'), { size: 'Medium', weight: 'Bolder', spacing: 'Medium' }),
    ...topicLines(input),
    text(t('bot.card.actionItems'), { size: 'Medium', weight: 'Bolder', spacing: 'Medium' }),
  ];
  const { elements, entities } = actionLines(summary.actions, t);
  body.push(...elements);
  const { roti } = summary;
  if (roti.answered >= tallyThreshold && roti.mean !== null) {
    body.push(
      text(t('bot.card.roti', { mean: roti.mean.toFixed(1), answered: roti.answered }), {
        spacing: 'Medium',
      }),
    );
  }
  return {
    type: 'AdaptiveCard',
    $schema: schemaUrl,
    version: '1.5',
    body,
    actions: [{ type: 'Action.OpenUrl', title: t('bot.card.openSummary'), url: input.summaryUrl }],
    msteams: { width: 'Full', entities },
  };

  function topicLines({ revealed }: SummaryCardInput): CardElement[] {
    if (!revealed) return [text(t('bot.card.hiddenTopics'), { isSubtle: true })];
    const topics = summary.topTopics.slice(0, topicsShown);
    if (topics.length === 0) return [text(t('bot.card.noTopics'), { isSubtle: true })];
    return topics.map((topic, index) =>
      text(
        `${index + 1}. ${t('bot.card.topic', {
          title: escapeMarkdown(topic.title) || t('bot.card.untitledTopic'),
          votes: topic.votes,
        })}`,
      ),
    );
  }
}

function actionLines(
  actions: readonly ActionItem[],
  t: SummaryTranslate,
): { elements: CardElement[]; entities: MentionEntity[] } {
  if (actions.length === 0) {
    return { elements: [text(t('bot.card.noActions'), { isSubtle: true })], entities: [] };
  }
  const entities = new Map<string, MentionEntity>();
  const elements = actions.map((action): CardElement => {
    const name = mentionName(action.owner.displayName) || action.owner.userId;
    const at = `<at>${name}</at>`;
    if (!entities.has(action.owner.userId)) {
      entities.set(action.owner.userId, {
        type: 'mention',
        text: at,
        mentioned: { id: action.owner.userId, name },
      });
    }
    return {
      type: 'Container',
      spacing: 'Small',
      items: [
        text(`- ${t('bot.card.action', { owner: at, text: escapeMarkdown(action.text) })}`),
        text(t('bot.card.due', { due: escapeMarkdown(action.dueDate) }), { isSubtle: true }),
      ],
    };
  });
  return { elements, entities: [...entities.values()] };
}

/** Where the tab lives: a meeting's chat, or a channel (for a channel meeting). */
export type TabPlace = { kind: 'chat'; chatId: string } | { kind: 'channel'; channelId: string };

/**
 * A Teams deep link to the app's tab (`https://teams.microsoft.com/l/entity/<appId>/<entityId>`),
 * with the summary as its sub-entity; the tab reads `page.subPageId` to open it.
 */
export function summaryTabLink(opts: {
  teamsAppId: string;
  entityId: string;
  retroId: string;
  place: TabPlace;
  webUrl: string;
  label: string;
}): string {
  const context =
    opts.place.kind === 'chat'
      ? { subEntityId: `summary:${opts.retroId}`, chatId: opts.place.chatId, contextType: 'chat' }
      : { subEntityId: `summary:${opts.retroId}`, channelId: opts.place.channelId };
  const query = new URLSearchParams({
    webUrl: opts.webUrl,
    label: opts.label,
    context: JSON.stringify(context),
  });
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(opts.teamsAppId)}/${encodeURIComponent(opts.entityId)}?${query.toString()}`;
}

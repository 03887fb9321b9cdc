import { AdaptiveCard, HostConfig } from 'adaptivecards';
import { h } from '../dom.js';

type Attachment = { contentType?: string; content?: unknown };
type Recorded = {
  id: string;
  at: string;
  activity: { attachments?: Attachment[]; summary?: string };
};

const adaptiveCardType = 'application/vnd.microsoft.card.adaptive';
const pollMs = 1_500;

// Teams' look, roughly: its font and a card that fills the message.
const hostConfig = new HostConfig({
  fontFamily: "'Segoe UI', system-ui, sans-serif",
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 12 },
  actions: { actionsOrientation: 'vertical', actionAlignment: 'stretch', buttonSpacing: 8 },
});

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The little of Teams' card Markdown the summary uses: `<at>name</at>` shows as a mention (as Teams
 * shows it once it matches an entity), and backslash escapes show the character they protect.
 */
export function teamsMarkdown(text: string): string {
  return escapeHtml(text)
    .replace(
      /(?<!\\)&lt;at&gt;(.*?)(?<!\\)&lt;\/at&gt;/g,
      '<span class="mention" data-mention="true">$1</span>',
    )
    .replace(/\\(&lt;|&gt;|&amp;|[\\`*_[\]#|~+=.()-])/g, '$1');
}

AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = teamsMarkdown(text);
  result.didProcess = true;
};

/** One posted message: its Adaptive Card attachments rendered by the adaptivecards renderer. */
function renderMessage(recorded: Recorded): HTMLElement {
  const cards = (recorded.activity.attachments ?? []).filter(
    (a) => a.contentType === adaptiveCardType,
  );
  const body = h('div', { class: 'chat-message-body' });
  for (const attachment of cards) {
    const card = new AdaptiveCard();
    card.hostConfig = hostConfig;
    card.onExecuteAction = () => undefined;
    card.parse(attachment.content);
    const rendered = card.render();
    if (rendered) body.append(rendered);
  }
  if (cards.length === 0) body.append(recorded.activity.summary ?? '');
  const time = new Date(recorded.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return h(
    'article',
    { class: 'chat-message', 'aria-label': `Candor posted at ${time}` },
    h(
      'header',
      {},
      h('span', { class: 'name' }, 'Candor'),
      h('span', { class: 'badge' }, 'Bot'),
      h('time', {}, time),
    ),
    body,
  );
}

/**
 * The meeting chat beside the meeting, as Teams shows it: what the bot posted, polled from the fake
 * Bot Connector (through the dev server, which trusts the dev CA).
 */
export function renderChatPane(chatId: string): { element: HTMLElement; dispose(): void } {
  const list = h('div', { class: 'chat-messages', role: 'log', 'aria-live': 'polite' });
  const empty = h(
    'p',
    { class: 'status' },
    'No messages from Candor yet. The summary appears here when a retro ends.',
  );
  const element = h(
    'section',
    { class: 'chat-pane', 'aria-label': 'Meeting chat' },
    h('h3', {}, 'Meeting chat'),
    empty,
    list,
  );
  const shown = new Set<string>();
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function poll() {
    try {
      const res = await fetch(
        `/devhost/api/chat-activities?conversationId=${encodeURIComponent(chatId)}`,
      );
      if (res.ok) {
        const { activities } = (await res.json()) as { activities: Recorded[] };
        for (const recorded of activities) {
          if (shown.has(recorded.id)) continue;
          shown.add(recorded.id);
          list.append(renderMessage(recorded));
          empty.hidden = true;
        }
      }
    } catch {
      // The dev server restarting; the next poll tries again.
    }
    if (!stopped) timer = setTimeout(() => void poll(), pollMs);
  }
  void poll();

  return {
    element,
    dispose() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

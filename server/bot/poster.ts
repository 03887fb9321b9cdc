import { Activity, ActivityTypes } from '@microsoft/agents-activity';
import { CardFactory, ConnectorClient, HttpError } from '@microsoft/agents-hosting';
import type { AdaptiveCard } from '../../shared/retro/summary-card.js';
import type { ConversationTarget } from './conversations.js';

export type RetryPolicy = {
  /** Tries in all, the first included. Default 5. */
  attempts: number;
  /** The first backoff after a 5xx or a network error; it doubles each time. Default 1 s. */
  baseDelayMs: number;
  /** No wait is longer than this, whatever `Retry-After` asks; a longer one gives up. Default 60 s. */
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
};

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
};

export class PostFailed extends Error {
  override name = 'PostFailed';
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

/**
 * Posts a card into a conversation with the Agents SDK's ConnectorClient
 * (`POST {serviceUrl}/v3/conversations/{id}/activities`). Retries a 429 after its `Retry-After`,
 * and a 5xx or network error with doubling backoff, within `policy`; anything else fails at once.
 * Returns the Bot Connector's activity id.
 */
export async function postCard(
  target: ConversationTarget,
  card: AdaptiveCard,
  fallbackText: string,
  token: () => Promise<string>,
  policy: RetryPolicy = defaultRetryPolicy,
): Promise<string> {
  const activity = Activity.fromObject({
    type: ActivityTypes.Message,
    // What a notification or a client without cards shows.
    summary: fallbackText,
    attachments: [CardFactory.adaptiveCard(card)],
    conversation: { id: target.conversationId, tenantId: target.tenantId },
    channelData: { tenant: { id: target.tenantId } },
  });
  let backoff = policy.baseDelayMs;
  for (let attempt = 1; ; attempt++) {
    let wait: number;
    let failure: PostFailed;
    try {
      const client = ConnectorClient.createClientWithToken(target.serviceUrl, await token());
      const sent = await client.sendToConversation(target.conversationId, activity);
      return sent.id ?? '';
    } catch (error) {
      if (error instanceof HttpError) {
        failure = new PostFailed(`the Bot Connector answered ${error.status}`, error.status);
        if (error.status === 429) {
          wait = retryAfterMs(error.response.headers.get('retry-after')) ?? backoff;
        } else if (error.status >= 500) {
          wait = backoff;
        } else {
          throw failure;
        }
      } else if (error instanceof PostFailed) {
        throw error;
      } else {
        // A network failure or the token service: worth another try.
        failure = new PostFailed(error instanceof Error ? error.message : String(error), null);
        wait = backoff;
      }
    }
    if (attempt >= policy.attempts || wait > policy.maxDelayMs) throw failure;
    await policy.sleep(wait);
    backoff *= 2;
  }
}

/** `Retry-After` as seconds or an HTTP date, in ms; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

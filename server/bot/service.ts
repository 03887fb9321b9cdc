import { summaryCard, summaryTabLink } from '../../shared/retro/summary-card.js';
import type { Member } from '../../shared/api.js';
import type { BotConfig, Config } from '../config.js';
import { createAppTokenSource, type AppTokenSource } from '../graph/app-token.js';
import type { MembershipService } from '../graph/types.js';
import { catalogueFor } from '../../shared/i18n/locales.js';
import { translator } from '../i18n.js';
import { findRetro, loadRetroData } from '../retro/queries.js';
import { buildSummary } from '../retro/summary.js';
import type { Db } from '../storage/db.js';
import { targetFor } from './conversations.js';
import { claimPost, duePosts, finishPost } from './outbox.js';
import { defaultRetryPolicy, postCard, type RetryPolicy } from './poster.js';
import { createBotTokenValidator, type BotTokenValidator } from './token-validator.js';

export type BotLogger = {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
};

/** The Teams bot: checks what the Bot Connector sends, and posts retro summaries. */
export type BotService = {
  validator: BotTokenValidator;
  /** Posts an ended retro's summary if no instance has claimed it yet. Never throws. */
  deliver(retroId: string): Promise<void>;
  /** Delivers posts left pending (an instance stopped mid-way); the timer in start.ts calls it. */
  sweep(): Promise<void>;
};

export type BotServiceOptions = {
  bot: BotConfig;
  config: Pick<Config, 'entra' | 'publicUrl'>;
  db: Db;
  membership: MembershipService;
  logger: BotLogger;
  /** Default: app-only tokens for the Bot Connector from the authority, with the app's secret. */
  tokens?: AppTokenSource;
  retry?: RetryPolicy;
  /** How long a claim holds before another instance may take the post over. Default 5 min. */
  leaseMs?: number;
};

export function createBotService(opts: BotServiceOptions): BotService {
  const { db, logger } = opts;
  const tokens =
    opts.tokens ??
    createAppTokenSource({
      authorityHost: opts.config.entra.authorityHost,
      clientId: opts.bot.appId,
      clientSecret: opts.config.entra.clientSecret,
      scope: opts.bot.outboundScope,
    });
  const leaseMs = opts.leaseMs ?? 5 * 60_000;

  async function deliver(retroId: string): Promise<void> {
    try {
      const claimed = await claimPost(db.kysely, retroId, new Date(), leaseMs);
      if (!claimed) return;
      try {
        const activityId = await post(retroId, claimed.language);
        await finishPost(db.kysely, retroId, { status: 'sent', activityId }, new Date());
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        await finishPost(db.kysely, retroId, { status: 'failed', error: reason }, new Date());
        logger.warn({ retroId, reason }, 'The retro summary could not be posted to Teams');
      }
    } catch (error) {
      logger.error({ err: error, retroId }, 'The retro summary outbox failed');
    }
  }

  async function post(retroId: string, language: string): Promise<string> {
    const retro = await findRetro(db.kysely, db, retroId);
    if (!retro) throw new Error('the retro no longer exists');
    const target = await targetFor(db.kysely, retro);
    if (!target) {
      throw new Error(
        'the bot is not installed in this meeting chat or team; add Candor to the meeting (or the team) so Teams introduces the bot',
      );
    }
    let members: Member[] = [];
    try {
      members = (
        await opts.membership.members(retro.tenant_id, { kind: 'chat', id: retro.chat_id })
      ).members;
    } catch {
      // Names as stored with the action items will do.
    }
    const t = translator(catalogueFor(language));
    const summary = buildSummary(await loadRetroData(db.kysely, retro), members, t);
    const summaryUrl = summaryTabLink({
      teamsAppId: opts.bot.teamsAppId,
      entityId: 'candor-meeting',
      retroId,
      place: retro.team_id
        ? { kind: 'channel', channelId: retro.chat_id }
        : { kind: 'chat', chatId: retro.chat_id },
      webUrl: new URL('/meeting-extension/side-panel.html', opts.config.publicUrl).toString(),
      label: 'Candor',
    });
    const card = summaryCard({ summary, revealed: retro.revealed === 1, summaryUrl }, t);
    const fallback = t('bot.card.fallback', {
      title: summary.title || t('bot.card.untitledRetro'),
    });
    return postCard(
      target,
      card,
      fallback,
      () => tokens.token(opts.bot.tokenTenant),
      opts.retry ?? defaultRetryPolicy,
    );
  }

  return {
    validator: createBotTokenValidator({
      openIdMetadataUrl: opts.bot.openIdMetadataUrl,
      issuer: opts.bot.issuer,
      appId: opts.bot.appId,
    }),
    deliver,
    async sweep() {
      try {
        for (const retroId of await duePosts(db.kysely, new Date())) await deliver(retroId);
      } catch (error) {
        logger.error({ err: error }, 'The retro summary outbox could not be read');
      }
    },
  };
}

import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../shared/api.js';
import { canIssue, type MachineState } from '../shared/retro/machine.js';
import { checkVote } from '../shared/retro/votes.js';
import { english, languageOf, translator } from './i18n.js';
import { seededUser } from './test-support/entra-fakes.js';
import { useEntraFakes } from './test-support/hooks.js';
import { buildTestApp, type TestApp } from './test-support/test-app.js';

describe('languageOf', () => {
  it('picks a shipped catalogue from Accept-Language, English otherwise', () => {
    expect(languageOf('de-DE')).toBe('de');
    expect(languageOf('ja-jp')).toBe('ja');
    expect(languageOf('fr-FR;q=0.9, de;q=0.5')).toBe('en');
    expect(languageOf('en-GB,de;q=0.8')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
    expect(languageOf('not a tag!')).toBe('en');
  });

  it('renders plurals and selects by the language', () => {
    const values = { who: 'you', waitUnit: 'second', wait: 1 } as const;
    expect(english('server.error.tooManyRequests', values)).toBe(
      'Candor received too many requests from you in a short time. Try again in 1 second.',
    );
    expect(translator('de')('server.error.tooManyRequests', { ...values, wait: 5 })).toContain(
      'in 5 Sekunden',
    );
    expect(translator('ja')('server.error.tooManyRequests', values)).toContain('1秒後');
  });
});

describe('the retro rule book in each language', () => {
  const state: MachineState = {
    phase: 'vote',
    phases: ['checkin', 'gather', 'group', 'vote', 'discuss', 'actions', 'close'],
    status: 'active',
    revealed: true,
    facilitatorAway: false,
  };
  const refusalOf = (decision: ReturnType<typeof canIssue>) => {
    if (decision.ok) throw new Error('expected a refusal');
    return decision.refusal;
  };

  it('names the action and the phases, translated, with "or" between phases', () => {
    const addCard = refusalOf(canIssue(state, 'participant', 'addCard'));
    expect(english(addCard.id, addCard.values)).toBe(
      'You can add cards only during Gather. The retro is in Vote now.',
    );
    const addAction = refusalOf(canIssue(state, 'participant', 'addAction'));
    expect(english(addAction.id, addAction.values)).toBe(
      'You can add action items only during Discuss or Actions. The retro is in Vote now.',
    );
    expect(translator('de')(addAction.id, addAction.values)).toBe(
      'Nur in der Phase Besprechen oder Maßnahmen können Sie Maßnahmen hinzufügen. Die Retro ist gerade in der Phase Abstimmen.',
    );
    expect(translator('ja')(addCard.id, addCard.values)).toBe(
      'カードの追加は収集のフェーズでのみできます。現在は投票のフェーズです。',
    );
  });

  it('renders facilitator-only and vote refusals with no English left in German or Japanese', () => {
    const advance = refusalOf(canIssue(state, 'participant', 'advance'));
    expect(translator('de')(advance.id, advance.values)).toContain(
      'Nur die Moderation kann zur nächsten Phase wechseln.',
    );
    const budget = refusalOf(checkVote({ budget: 5, cap: 3 }, { a: 3, b: 2 }, 'c', 1));
    expect(english(budget.id, budget.values)).toBe(
      'You have used all 5 of your votes. Take one back from another topic to vote here.',
    );
    expect(translator('ja')(budget.id, budget.values)).toContain('持ち票 5 票');
    expect(translator('de')(budget.id, budget.values)).not.toMatch(/votes|topic/);
  });
});

const entra = useEntraFakes();

describe('error replies in the request language', () => {
  let target: TestApp;
  let auth: Record<string, string>;

  beforeAll(async () => {
    target = await buildTestApp(entra.fakes);
    target.app.post('/api/test-only/boom', async () => {
      throw new Error('database went away');
    });
    auth = {
      authorization: `Bearer ${await entra.fakes.idp.issueUserToken(seededUser('Adele Vance').id)}`,
    };
  });
  afterAll(async () => {
    await target?.close();
  });

  const messageOf = async (options: InjectOptions, language?: string) => {
    const headers = { ...(options.headers ?? {}) } as Record<string, string>;
    if (language) headers['accept-language'] = language;
    const response = await target.app.inject({ ...options, headers });
    return { status: response.statusCode, ...apiErrorSchema.parse(response.json()).error };
  };
  const signedOut: InjectOptions = { method: 'GET', url: '/api/me' };

  it('answers in English without Accept-Language, exactly as before', async () => {
    expect(await messageOf(signedOut)).toEqual({
      status: 401,
      code: 'unauthenticated',
      message:
        'This request has no sign-in token. Reopen Candor inside Teams so it can sign you in.',
    });
  });

  it('answers in German for de-DE, with the same code', async () => {
    const reply = await messageOf(signedOut, 'de-DE,de;q=0.9,en;q=0.8');
    expect(reply.code).toBe('unauthenticated');
    expect(reply.message).toBe(
      'Diese Anfrage hat kein Anmeldetoken. Öffnen Sie Candor erneut in Teams, damit Sie angemeldet werden.',
    );
  });

  it('answers in Japanese for ja-JP', async () => {
    const reply = await messageOf(signedOut, 'ja-JP');
    expect(reply.message).toBe(
      'この要求にはサインイン トークンがありません。サインインできるよう、Teams で Candor を開き直してください。',
    );
  });

  it('answers in English for a language Candor does not ship', async () => {
    const reply = await messageOf(signedOut, 'fr-FR');
    expect(reply.message).toMatch(/^This request has no sign-in token\./);
  });

  it('translates the 404, the framework refusals and the 500, keeping the reference', async () => {
    const missing = await messageOf(
      { method: 'GET', url: '/api/nothing-here', headers: auth },
      'de',
    );
    expect(missing.message).toBe('Unter GET /api/nothing-here gibt es nichts.');
    const badJson = await messageOf(
      {
        method: 'POST',
        url: '/api/retros',
        headers: { ...auth, 'content-type': 'application/json' },
        payload: '{"chatId":',
      },
      'ja',
    );
    expect(badJson.message).toMatch(/有効な JSON ではない/);
    const boom = await target.app.inject({
      method: 'POST',
      url: '/api/test-only/boom',
      headers: { ...auth, 'accept-language': 'de-CH' },
    });
    expect(boom.statusCode).toBe(500);
    const { message } = apiErrorSchema.parse(boom.json()).error;
    expect(message).toContain('Bei uns ist ein Fehler aufgetreten');
    expect(message).toMatch(/die Referenz \S+\.$/);
  });

  it('puts a translated lead sentence around a validation detail', async () => {
    const reply = await messageOf(
      {
        method: 'POST',
        url: '/api/retros',
        headers: { ...auth, 'content-type': 'application/json' },
        payload: '{}',
      },
      'de-DE',
    );
    expect(reply.status).toBe(400);
    expect(reply.message).toMatch(/^Die Anfrage ist ungültig/);
  });
});

import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../shared/api.js';
import { ApiRequestError, parseApiError as parseWith, userMessage } from './api-error.js';

const parseApiError = (status: number, body: string) => parseWith(status, body, apiErrorSchema);

describe('parseApiError', () => {
  it('keeps the server code and sentence from an API error body', () => {
    const error = parseApiError(
      403,
      JSON.stringify({
        error: { code: 'forbidden', message: 'You are not a member of this team.' },
      }),
    );
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({
      status: 403,
      code: 'forbidden',
      message: 'You are not a member of this team.',
    });
  });

  it('falls back to a sentence for bodies that are not API errors', () => {
    const html = parseApiError(502, '<html>Bad gateway</html>');
    expect(html).toMatchObject({ status: 502, code: 'internal' });
    expect(html.message).toMatch(/Try again/);
    expect(html.message).not.toContain('<html>');

    const unknownCode = parseApiError(
      400,
      JSON.stringify({ error: { code: 'nope', message: 'x' } }),
    );
    expect(unknownCode.code).toBe('bad_request');

    expect(parseApiError(429, '').code).toBe('rate_limited');
    expect(parseApiError(401, '').code).toBe('unauthenticated');
  });
});

describe('userMessage', () => {
  it('shows API sentences and hides everything else', () => {
    expect(userMessage(new ApiRequestError(404, 'not_found', 'No such pulse.'))).toBe(
      'No such pulse.',
    );
    const generic = userMessage(new TypeError('x is undefined'));
    expect(generic).not.toContain('undefined');
    expect(generic).toMatch(/Reload/);
  });
});

describe('client-made sentences follow the page language', () => {
  it('translates fallbacks through the current intl, and keeps server sentences as sent', async () => {
    const { setCurrentIntl } = await import('./current-intl.js');
    const { createPageIntl } = await import('./intl-runtime.js');
    const { de } = await import('../shared/i18n/de/index.js');
    const { en } = await import('../shared/i18n/en/index.js');
    setCurrentIntl(createPageIntl('de-DE', de));
    try {
      expect(parseApiError(503, '').message).toBe(
        'Beim Candor-Server ist ein Problem aufgetreten (HTTP 503). Versuchen Sie es gleich noch einmal.',
      );
      expect(userMessage(new TypeError('x'))).toMatch(/^In Candor ist etwas schiefgelaufen/);
      const fromServer = parseApiError(
        404,
        JSON.stringify({ error: { code: 'not_found', message: 'Kein solcher Puls.' } }),
      );
      expect(userMessage(fromServer)).toBe('Kein solcher Puls.');
    } finally {
      setCurrentIntl(createPageIntl('en-US', en));
    }
    expect(parseApiError(503, '').message).toBe(
      'The Candor server had a problem (HTTP 503). Try again in a moment.',
    );
  });
});

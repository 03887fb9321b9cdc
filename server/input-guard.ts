import type { FastifyInstance } from 'fastify';
import { hasUnsafeCharacters } from '../shared/text.js';
import { badRequest } from './http-errors.js';

/** Every string in decoded path parameters and the query string. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

/**
 * Refuses a request whose address decodes to a control character or a broken (unpaired
 * surrogate) character, for every route at once. No real id holds one, and PostgreSQL fails on
 * U+0000 in a query (a 500 where SQLite answers), so this answers a clear 400 on both first.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (
      stringsIn(request.params).some(hasUnsafeCharacters) ||
      stringsIn(request.query).some(hasUnsafeCharacters)
    ) {
      throw badRequest('server.error.brokenAddress');
    }
  });
}

import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Selectable, Transaction } from 'kysely';
import { z } from 'zod';
import {
  formatsQuerySchema,
  saveFormatSchema,
  savedFormatsLimit,
  type SavedFormat,
  type SavedFormats,
} from '../../shared/formats/api.js';
import { storedColumnSchema } from '../../shared/retro/templates.js';
import { requireMember, type Access } from '../access.js';
import { requireUser } from '../app-deps.js';
import type { AuthUser } from '../auth/types.js';
import { badRequest, conflict, forbidden, HttpError, notFound } from '../http-errors.js';
import type { RetroDeps } from '../retro/access.js';
import { withIdempotency } from '../storage/idempotency.js';
import type { Database, SavedFormatsTable } from '../storage/schema.js';
import { formatScopeOf, type FormatScope } from './scope.js';

type Row = Selectable<SavedFormatsTable>;

const idParamsSchema = z.object({ id: z.string().min(1).max(64) });
const columnsSchema = z.array(storedColumnSchema);

const nameKey = (name: string) => name.trim().toLocaleLowerCase('en');

/**
 * The caller's standing in the scope: in the meeting always (checked first), and in the team for a
 * team's formats. Null when they are in the meeting but not in the team: they may use the
 * built-in formats only.
 */
async function standingIn(
  deps: RetroDeps,
  user: AuthUser,
  scope: FormatScope,
): Promise<Access | null> {
  if (scope.kind === 'chat') return requireMember(deps.membership, user, scope);
  try {
    return await requireMember(deps.membership, user, scope);
  } catch (error) {
    if (error instanceof HttpError && error.status === 403) return null;
    throw error;
  }
}

function present(row: Row, user: AuthUser, access: Access): SavedFormat {
  return {
    id: row.id,
    name: row.name,
    columns: columnsSchema.parse(JSON.parse(row.columns)),
    createdBy: { userId: row.created_by, displayName: row.created_by_name },
    createdAt: row.created_at,
    canDelete: mayDelete(row, user, access),
  };
}

/** The creator, or an owner of the team that keeps it (a meeting series has no owners here). */
function mayDelete(row: Row, user: AuthUser, access: Access): boolean {
  return row.created_by === user.userId || (row.scope_kind === 'team' && access.role === 'owner');
}

function inScope(trx: Transaction<Database> | RetroDeps['db']['kysely'], scope: FormatScope) {
  return trx
    .selectFrom('saved_formats')
    .selectAll()
    .where('scope_kind', '=', scope.kind)
    .where('scope_id', '=', scope.id);
}

/** Saved custom formats: list, save and delete, for a meeting's team or its series. */
export function registerFormatRoutes(app: FastifyInstance, deps: RetroDeps): void {
  const { kysely } = deps.db;
  const scopeDeps = { membership: deps.membership, kysely };

  app.get('/api/formats', async (request): Promise<SavedFormats> => {
    const user = requireUser(request);
    const query = formatsQuerySchema.parse(request.query);
    await requireMember(deps.membership, user, { kind: 'chat', id: query.chatId });
    const scope = await formatScopeOf(scopeDeps, user, query.chatId, query.teamId);
    const access = await standingIn(deps, user, scope);
    const base = { scope: scope.kind, limit: savedFormatsLimit };
    if (!access) return { ...base, canSave: false, formats: [] };
    const rows = await inScope(kysely, scope)
      .where('tenant_id', '=', user.tenantId)
      .orderBy('name_key')
      .orderBy('id')
      .execute();
    return { ...base, canSave: true, formats: rows.map((row) => present(row, user, access)) };
  });

  app.post('/api/formats', async (request, reply) => {
    const user = requireUser(request);
    const body = saveFormatSchema.parse(request.body);
    const chat = await requireMember(deps.membership, user, { kind: 'chat', id: body.chatId });
    const scope = await formatScopeOf(scopeDeps, user, body.chatId, body.teamId);
    const access = await standingIn(deps, user, scope);
    if (!access) throw forbidden('formats.error.notInTeam');
    const run = async (trx: Transaction<Database>) => {
      const existing = await inScope(trx, scope).where('tenant_id', '=', user.tenantId).execute();
      if (existing.some((row) => row.name_key === nameKey(body.name))) {
        throw conflict('formats.error.nameTaken', { name: body.name });
      }
      if (existing.length >= savedFormatsLimit) {
        throw conflict('formats.error.full', { limit: savedFormatsLimit });
      }
      const id = randomUUID();
      await trx
        .insertInto('saved_formats')
        .values({
          id,
          tenant_id: user.tenantId,
          scope_kind: scope.kind,
          scope_id: scope.id,
          name: body.name,
          name_key: nameKey(body.name),
          columns: JSON.stringify(body.columns),
          created_by: user.userId,
          created_by_name:
            chat.members.find((m) => m.userId === user.userId)?.displayName ?? user.displayName,
          created_at: new Date().toISOString(),
        })
        .execute();
      return { status: 201, result: id };
    };
    const key = idempotencyKeyOf(request);
    const outcome = key
      ? await withIdempotency(
          deps.db,
          deps.config.hmacKey,
          {
            key,
            scope: `format-save:${user.tenantId}:${user.userId}`,
            body: request.body,
            tenantId: user.tenantId,
          },
          run,
          201,
        )
      : await kysely.transaction().execute(run);
    const row = await kysely
      .selectFrom('saved_formats')
      .selectAll()
      .where('id', '=', outcome.result ?? '')
      .executeTakeFirst();
    // Saved, then deleted before this read (a replay of an old request): nothing to show.
    if (!row) throw notFound('formats.error.notFound');
    return reply.status(outcome.status).send({ format: present(row, user, access) });
  });

  app.delete('/api/formats/:id', async (request, reply) => {
    const user = requireUser(request);
    const { id } = idParamsSchema.parse(request.params);
    const row = await kysely
      .selectFrom('saved_formats')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    // Another tenant's format answers as a missing one: its id reveals nothing.
    if (!row || row.tenant_id !== user.tenantId) throw notFound('formats.error.notFound');
    const access = await requireMember(deps.membership, user, {
      kind: row.scope_kind === 'team' ? 'team' : 'chat',
      id: row.scope_id,
    });
    if (!mayDelete(row, user, access)) throw forbidden('formats.error.notYours');
    await kysely.deleteFrom('saved_formats').where('id', '=', row.id).execute();
    return reply.status(204).send();
  });
}

function idempotencyKeyOf(request: FastifyRequest): string | null {
  const raw = request.headers['idempotency-key'];
  if (raw === undefined) return null;
  const key = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
  if (!/^[\w.:-]{1,200}$/.test(key)) throw badRequest('server.error.idempotencyKeyMalformed');
  return key;
}

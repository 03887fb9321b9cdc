/**
 * The Kysely view of Candor's tables. Times are ISO-8601 text (`toISOString()`, so they sort as
 * text) and JSON is text, so the same schema runs on SQLite and PostgreSQL.
 */
export type Database = {
  rooms: RoomsTable;
  events: EventsTable;
  idempotency_keys: IdempotencyKeysTable;
};

/** One row per live-event room; `last_seq` is the room's event counter. */
export type RoomsTable = {
  room: string;
  last_seq: number;
};

export type EventsTable = {
  room: string;
  seq: number;
  type: string;
  /** JSON text. */
  data: string;
  /** ISO time. */
  at: string;
};

export type IdempotencyKeysTable = {
  key: string;
  /** Who and what the key belongs to, for example a user hash and a route. */
  scope: string;
  status: number;
  /** JSON text of the stored response body. */
  response: string;
  /** ISO time. */
  created_at: string;
};

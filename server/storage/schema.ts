/**
 * The Kysely view of Candor's tables. Times are ISO-8601 text (`toISOString()`, so they sort as
 * text) and JSON is text, so the same schema runs on SQLite and PostgreSQL.
 */
export type Database = {
  rooms: RoomsTable;
  events: EventsTable;
  idempotency_keys: IdempotencyKeysTable;
  retros: RetrosTable;
  retro_facilitators: RetroFacilitatorsTable;
  retro_cards: RetroCardsTable;
  retro_groups: RetroGroupsTable;
  retro_votes: RetroVotesTable;
  retro_answers: RetroAnswersTable;
  retro_marks: RetroMarksTable;
  retro_setting_up: RetroSettingUpTable;
  retro_presence: RetroPresenceTable;
  retro_reminders: RetroRemindersTable;
  retro_notes: RetroNotesTable;
  retro_actions: RetroActionsTable;
  retro_todo_links: RetroTodoLinksTable;
  pulse_series: PulseSeriesTable;
  pulses: PulsesTable;
  pulse_responses: PulseResponsesTable;
  pulse_receipts: PulseReceiptsTable;
  pulse_summaries: PulseSummariesTable;
  team_meeting_links: TeamMeetingLinksTable;
  team_notifications: TeamNotificationsTable;
  retro_pulse_prompts: RetroPulsePromptsTable;
  saved_formats: SavedFormatsTable;
  retro_checkin: RetroCheckinTable;
  retro_checkin_answers: RetroCheckinAnswersTable;
  bot_conversations: BotConversationsTable;
  bot_posts: BotPostsTable;
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

/** What a write keeps for its retries (server/storage/idempotency.ts): nothing that names a person. */
export type IdempotencyKeysTable = {
  /** HMAC(server key, scope, client key): unreadable without the client's random key. */
  key: string;
  /** The tenant, not a person: deleting a tenant finds its rows. */
  tenant_id: string;
  /** SHA-256 of the client key and the body, so a reused key with another body is refused. */
  fingerprint: string;
  /** The status of the first answer (written with the claim, as the success status). */
  status: number;
  /** A created id at most; never a reply body. */
  result: string | null;
  /** ISO time. */
  created_at: string;
};

/** One retro in a meeting chat. Booleans are 0/1 integers; JSON columns are text. */
export type RetrosTable = {
  id: string;
  tenant_id: string;
  chat_id: string;
  /** `<tenant>:<chat>` while active, null once ended: its unique index allows one active retro per chat. */
  active_key: string | null;
  title: string;
  template_id: string;
  /** JSON text: RetroColumn[]. */
  columns: string;
  /** JSON text: RetroOptions. */
  options: string;
  phase: string;
  status: string;
  revealed: number;
  focus_group_id: string | null;
  timer_ends_at: string | null;
  timer_seconds: number | null;
  rev: number;
  created_at: string;
  ended_at: string | null;
  /** The team whose channel meeting holds this retro; null for other meetings. */
  team_id: string | null;
};

/**
 * The counts of a retro's last `presence` op: people here now, ready of them, ever opened. Stored
 * so every instance compares with the same numbers; no row until the first op.
 */
export type RetroPresenceTable = {
  retro_id: string;
  total: number;
  ready: number;
  participants: number;
};

/**
 * A retro opened before its meeting: when to remind the meeting chat, once. Claimed by a
 * conditional update of `lease_until`, so one instance sends it; `attempts` bounds the retries.
 */
export type RetroRemindersTable = {
  retro_id: string;
  tenant_id: string;
  chat_id: string;
  /** ISO times. */
  meeting_start: string;
  remind_at: string;
  status: 'pending' | 'sent' | 'dropped' | 'failed';
  attempts: number;
  lease_until: string | null;
  sent_at: string | null;
};

/** Who has the start form open in a meeting chat, until `until` (ISO); renewed while it is open. */
export type RetroSettingUpTable = {
  tenant_id: string;
  chat_id: string;
  user_id: string;
  until: string;
};

/**
 * Who facilitates a retro. Facilitation is not anonymous (the view names them), but it lives apart
 * from `retros`, whose row every command rewrites beside anonymous cards, votes and answers.
 */
export type RetroFacilitatorsTable = {
  retro_id: string;
  tenant_id: string;
  facilitator_id: string;
  facilitator_name: string;
};

export type RetroCardsTable = {
  id: string;
  retro_id: string;
  column_id: string;
  text: string;
  /** Keyed hash of the author (see server/retro/hashing.ts); never a user id when anonymous. */
  author_hash: string;
  /** Only in non-anonymous retros. */
  author_id: string | null;
  author_name: string | null;
  group_id: string | null;
  /** Creation order. There is no creation time: with a request log it could name the author. */
  position: number;
};

export type RetroGroupsTable = {
  id: string;
  retro_id: string;
  title: string;
  position: number;
};

export type RetroVotesTable = {
  retro_id: string;
  group_id: string;
  voter_hash: string;
  count: number;
};

/** Anonymous 1–5 answers: `kind` is `safety` or `roti`; one row per person and kind. */
export type RetroAnswersTable = {
  retro_id: string;
  kind: string;
  person_hash: string;
  value: number;
};

/** Per-person marks: `kind` is `ready` (reset on every phase change) or `seen` (presence, `at` = last seen). */
export type RetroMarksTable = {
  retro_id: string;
  kind: string;
  person_hash: string;
  at: string;
};

export type RetroNotesTable = {
  id: string;
  retro_id: string;
  group_id: string;
  text: string;
  created_at: string;
};

export type RetroActionsTable = {
  id: string;
  retro_id: string;
  text: string;
  owner_id: string;
  owner_name: string;
  due_date: string;
  status: string;
  group_id: string | null;
  /** The later retro whose review last changed this item, so it stays listed there. */
  reviewed_in: string | null;
  created_at: string;
  /** When the status last changed (ISO); null while it has never changed. */
  status_changed_at: string | null;
};

/** An action item its owner added to their Microsoft To Do: the ids Graph gave the owner's client. */
export type RetroTodoLinksTable = {
  action_id: string;
  /** The action's retro. */
  retro_id: string;
  /** Who added it: only that person, while they own the action, reads the link. */
  owner_id: string;
  list_id: string;
  task_id: string;
  /** ISO time. */
  added_at: string;
};

/** A pulse and its recurrence; each opening is a row of `pulses`. `status` is `active` or `ended`. */
export type PulseSeriesTable = {
  id: string;
  tenant_id: string;
  team_id: string;
  title: string;
  /** `none`, `weekly`, `biweekly` or `monthly`. */
  recurrence: string;
  /** The first instance's times; later instances are placed from these. */
  first_opens_at: string;
  first_closes_at: string;
  k: number;
  open_question: string | null;
  status: string;
  created_by: string;
  created_at: string;
};

/** One pulse instance. Nothing here changes when someone answers: no counter, no updated_at. */
export type PulsesTable = {
  id: string;
  series_id: string;
  tenant_id: string;
  team_id: string;
  title: string;
  opens_at: string;
  closes_at: string;
  /** When the closing-soon reminder is due (closes_at − 24 h); null for pulses too short for one. */
  remind_at: string | null;
  /** `scheduled`, `open`, `closed` or `cancelled`. */
  status: string;
  k: number;
  open_question: string | null;
  /** N: the team size from Graph when the pulse closed. */
  invited: number | null;
  shared: number;
  notified_open: number;
  notified_closing: number;
  /** A scheduler instance is sending a notification for this pulse until then. */
  notify_lease_until: string | null;
  closed_at: string | null;
  created_at: string;
};

/** An anonymous response: answers only. No user id, no time, nothing shared with a receipt. */
export type PulseResponsesTable = {
  pulse_id: string;
  /** A random uuid. */
  id: string;
  a1: number | null;
  a2: number | null;
  a3: number | null;
  a4: number | null;
  a5: number | null;
  a6: number | null;
  a7: number | null;
  comment: string | null;
};

/** Proof that someone answered: HMAC(key, tenant, pulse, user). Joined to nothing. */
export type PulseReceiptsTable = {
  receipt: string;
  pulse_id: string;
};

/**
 * A closed pulse's counted responses reduced once to sums (server/trends/pulse-aggregates.ts).
 * Only closed pulses have a row: their responses never change again.
 */
export type PulseSummariesTable = {
  pulse_id: string;
  /** Counted responses (≥ 5 of 7 answered); 0 when none. */
  n: number;
  /** Σ and Σ² of person scores. */
  sum_x: number;
  sum_x2: number;
  /** Scored item answers in each favourability band. */
  fav: number;
  neu: number;
  unf: number;
  /** Raw mean of item i + 1; null when nobody answered it. */
  m0: number | null;
  m1: number | null;
  m2: number | null;
  m3: number | null;
  m4: number | null;
  m5: number | null;
  m6: number | null;
  /**
   * Per item i (0006-item-counts): counted people who answered it, and its favourable and
   * unfavourable answers. Null only in a row written by code older than 0006: it is recomputed.
   */
  c0: number | null;
  c1: number | null;
  c2: number | null;
  c3: number | null;
  c4: number | null;
  c5: number | null;
  c6: number | null;
  f0: number | null;
  f1: number | null;
  f2: number | null;
  f3: number | null;
  f4: number | null;
  f5: number | null;
  f6: number | null;
  u0: number | null;
  u1: number | null;
  u2: number | null;
  u3: number | null;
  u4: number | null;
  u5: number | null;
  u6: number | null;
  /** The fewest and most items a counted person answered; null as above. */
  answered_min: number | null;
  answered_max: number | null;
  /** ISO time. */
  computed_at: string;
};

/** A meeting chat an owner linked to a team, so its retros count in the team's retro health. */
export type TeamMeetingLinksTable = {
  tenant_id: string;
  team_id: string;
  chat_id: string;
  linked_by: string;
  linked_at: string;
};

/** One activity-feed notification sent to a team, for the per-hour quota; pruned after the hour. */
export type TeamNotificationsTable = {
  id: string;
  tenant_id: string;
  team_id: string;
  /** ISO time. */
  sent_at: string;
};

/** A pulse's team-level figures sent as discussion prompts into a meeting series' next retro. */
export type RetroPulsePromptsTable = {
  tenant_id: string;
  chat_id: string;
  pulse_id: string;
  team_id: string;
  /** JSON: `pulsePromptSchema` (shared/retro/api.ts). */
  prompt: string;
  /** The owner who sent it. */
  sent_by: string;
  sent_at: string;
};

/** A custom format saved for reuse by a team or a meeting series (migration 0014). */
export type SavedFormatsTable = {
  id: string;
  tenant_id: string;
  /** `team` or `chat`. */
  scope_kind: string;
  /** The team id or the meeting chat id. */
  scope_id: string;
  name: string;
  /** The name trimmed and lower-cased: one name per scope. */
  name_key: string;
  /** JSON text: RetroColumn[]. */
  columns: string;
  /** The user id of whoever saved it, who may delete it. */
  created_by: string;
  created_by_name: string;
  created_at: string;
};

/** A retro's check-in question (migration 0014); no row when it has none. */
export type RetroCheckinTable = {
  retro_id: string;
  /** JSON text: StoredCheckinQuestion, a library id or the facilitator's own words. */
  question: string;
  /** 1 once the facilitator has shown the answers. */
  shown: number;
};

/** One person's check-in answer: under their keyed hash, with no user id and no time. */
export type RetroCheckinAnswersTable = {
  retro_id: string;
  person_hash: string;
  text: string;
};

/** Where the bot may post: a conversation reference Teams gave at install (server/bot/). */
export type BotConversationsTable = {
  tenant_id: string;
  /** The chat or channel conversation id (`19:…@thread.v2` / `@thread.tacv2`). */
  conversation_id: string;
  /** The Bot Connector that serves this conversation; posts go there. */
  service_url: string;
  /** `groupChat`, `channel` or `personal`, as Teams says. */
  conversation_type: string;
  /** For a team install: the team's thread id (`channelData.team.id`). */
  team_id: string | null;
  /** For a team install: the team's Microsoft 365 group id, as the tab knows the team. */
  aad_group_id: string | null;
  installed_at: string;
};

/** The summary card of one ended retro: claimed, posted once, and what came of it. */
export type BotPostsTable = {
  retro_id: string;
  tenant_id: string;
  /** The catalogue language of the card: the facilitator's when they ended the retro. */
  language: string;
  status: 'pending' | 'sending' | 'sent' | 'failed' | 'skipped';
  attempts: number;
  /** While `sending`: until when the claiming instance owns it. */
  lease_until: string | null;
  /** The Bot Connector's id of the posted activity. */
  activity_id: string | null;
  /** Why the last attempt failed, for the admin; never card text. */
  last_error: string | null;
  updated_at: string;
};

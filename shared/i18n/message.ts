import type { MessageId } from './en/index.js';

/**
 * An ICU argument: a plain value, another message (translated into the same language first), or a
 * list of messages (joined as alternatives: "Discuss or Actions", "Diskutieren oder Maßnahmen").
 */
export type MessageValue = string | number | Date | Message | readonly Message[];
/** ICU argument values for a message. */
export type MessageValues = Readonly<Record<string, MessageValue>>;
/** A sentence for a person, kept as an id so each reader gets it in their own language. */
export type Message = { readonly id: MessageId; readonly values?: MessageValues };

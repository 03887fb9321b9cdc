import type { CardView } from '../../shared/retro/api.js';

/** Text cut to `max` characters with an ellipsis, for one-line places (options, announcements). */
export function shortLabel(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** Short text for names and announcements; card text can be long. */
export function cardLabel(card: CardView): string {
  return card.text.length > 40 ? `${card.text.slice(0, 40)}…` : card.text;
}

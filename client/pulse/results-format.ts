import type { Favourability } from '../../shared/pulse/api.js';

/** 1–7 scores with two decimals: enough to compare, not so many they look more precise than they are. */
export function formatMean(mean: number): string {
  return mean.toFixed(2);
}

export function formatScore100(score: number): string {
  return String(Math.round(score));
}

export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function formatInterval(interval: { low: number; high: number }): string {
  return `${interval.low.toFixed(2)} to ${interval.high.toFixed(2)}`;
}

export function responseRateSentence(n: number, invited: number): string {
  const rate = invited > 0 ? ` (${Math.round((n / invited) * 100)}%)` : '';
  return `${n} of ${invited} answered${rate}`;
}

export function itemLabel(item: { text: string; reversed: boolean }): string {
  return item.reversed ? `${item.text} (R) reverse-scored` : item.text;
}

export type FavourabilityPart = { key: keyof Favourability; label: string; share: number };

/** The three parts in reading order, for the bar and its text alternative. */
export function favourabilityParts(f: Favourability): FavourabilityPart[] {
  return [
    { key: 'favourable', label: 'Favourable', share: f.favourable },
    { key: 'neutral', label: 'Neutral', share: f.neutral },
    { key: 'unfavourable', label: 'Unfavourable', share: f.unfavourable },
  ];
}

/** The bar's accessible name: the same numbers the eye reads. */
export function favourabilitySentence(f: Favourability): string {
  return favourabilityParts(f)
    .map((p) => `${p.label} ${formatShare(p.share)}`)
    .join(', ');
}

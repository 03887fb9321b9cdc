import type { Catalogue } from '../en/index.js';
import type { a11y as en } from '../en/a11y.js';

export const a11y: Catalogue<typeof en> = {
  'a11y.retro.phaseChanged': 'Phase {index} von {total}: {name}',
  'a11y.retro.newCards': '{count, plural, one {# neue Karte} other {# neue Karten}}',
  'a11y.retro.timerOneMinute': 'Noch 1 Minute',
  'a11y.retro.timerUp': 'Die Zeit ist um',
  'a11y.retro.voteCounted':
    'Ihre Stimme wurde gezählt. {left, plural, =0 {Keine Stimmen mehr übrig.} one {Noch # Stimme übrig.} other {Noch # Stimmen übrig.}}',
  'a11y.mobile.sidePanelNote':
    'Retros laufen im Seitenbereich der Besprechung, den Teams nur auf dem Desktop und im Web zeigt: Nehmen Sie am Computer an der Besprechung teil, um mitzumachen.',
};

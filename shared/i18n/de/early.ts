import type { Catalogue } from '../en/index.js';
import type { early as en } from '../en/early.js';

export const early: Catalogue<typeof en> = {
  'early.open.heading': 'Karten vor der Besprechung',
  'early.open.intro':
    'Öffnen Sie die nächste Retro jetzt, dann können alle in diesem Chat in Ruhe anonyme Karten hinzufügen. Die Karten bleiben für alle verborgen, bis die Moderation sie in der Besprechung aufdeckt.',
  'early.open.button': 'Nächste Retro jetzt öffnen',
  'early.form.title': 'Nächste Retro öffnen',
  'early.form.who':
    'Sie moderieren sie. Sie beginnt bei „Sammeln“; in der Besprechung können Sie im Seitenbereich trotzdem zu Check-in oder Rückblick zurückgehen.',
  'early.form.submit': 'Für Karten öffnen',
  'early.form.submitting': 'Wird geöffnet…',
  'early.form.failed': 'Die Retro wurde nicht geöffnet',
  'early.remind.label': 'Diesen Chat erinnern',
  'early.remind.none': 'Keine Erinnerung',
  'early.remind.15m': '15 Minuten vor der Besprechung',
  'early.remind.1h': '1 Stunde vor der Besprechung',
  'early.remind.1d': '1 Tag vor der Besprechung',
  'early.remind.past': '{choice} (schon vorbei)',
  'early.remind.start':
    'Die Besprechung beginnt am {start}. Die Erinnerung erscheint im Aktivitätsfeed aller in diesem Chat, ohne Karten und ohne Namen.',
  'early.remind.loading': 'Die Startzeit der Besprechung wird gelesen…',
  'early.remind.noStart':
    'Teams hat die Startzeit dieser Besprechung nicht mitgeteilt, daher gibt es keine Erinnerung. Sagen Sie stattdessen im Chat Bescheid.',
  'early.gather.heading': '{title}: offen für Karten',
  'early.gather.intro':
    'Fügen Sie Ihre Karten vor der Besprechung hinzu. Ihre eigenen Karten sehen Sie; alle anderen sehen nur, wie viele es sind, bis die Moderation sie aufdeckt.',
  'early.gather.next':
    'Wenn die Besprechung beginnt, öffnen Sie Candor im Seitenbereich der Besprechung: Die Retro geht bei „Sammeln“ mit diesen Karten weiter. Die Moderation kann vorher noch zu Check-in oder Rückblick zurückgehen.',
  'early.gather.loading': 'Die offene Retro wird geladen…',
  'early.gather.loadFailed': 'Die offene Retro konnte nicht geladen werden',
  'early.reminder.pending': 'Eine Erinnerung erscheint am {at} im Aktivitätsfeed dieses Chats.',
  'early.reminder.sent': 'Die Erinnerung ist im Aktivitätsfeed dieses Chats erschienen.',
  'early.reminder.notSent':
    'Die Erinnerung wurde nicht gesendet: Die Besprechung hat begonnen, oder die Retro ist weitergegangen.',
  'early.server.startPast':
    'Die Besprechung hat schon begonnen, eine Erinnerung ist also nicht nötig. Wählen Sie „Keine Erinnerung“, oder führen Sie die Retro im Seitenbereich der Besprechung durch.',
  'early.server.startTooFar':
    'Die Besprechung ist mehr als 60 Tage entfernt. Wählen Sie „Keine Erinnerung“, oder öffnen Sie die Retro näher an der Besprechung.',
  'early.server.reminderPast':
    'Dieser Erinnerungszeitpunkt ist schon vorbei. Wählen Sie eine kürzere Zeit vor der Besprechung oder „Keine Erinnerung“.',
};

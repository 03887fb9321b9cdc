import type { Catalogue } from '../en/index.js';
import type { prompts as en } from '../en/prompts.js';

export const prompts: Catalogue<typeof en> = {
  'prompts.error.notClosed':
    'Dieser Puls ist noch offen. Senden Sie ihn an eine Retro, sobald er geschlossen ist und Ergebnisse vorliegen.',
  'prompts.error.notReleased':
    'Dieser Puls hat zu wenige Antworten für Ergebnisse, daher gibt es nichts an eine Retro zu senden.',
  'prompts.error.noStatements':
    'Keine Aussage hat genug Antworten, um angezeigt zu werden, daher gibt es nichts an eine Retro zu senden.',
  'prompts.error.noMeetings':
    'Dieses Team hat noch keine Retro-Besprechungen. Fügen Sie unter „Trends“, „Besprechungen in diesen Trends“ die Besprechungen hinzu, in denen es Retros abhält, und senden Sie erneut.',
  'prompts.send.title': 'In der nächsten Retro darüber sprechen',
  'prompts.send.body':
    'Senden Sie die zwei niedrigsten Aussagen und die Veränderung seit dem letzten Puls an die Phase „Rückblick“ der nächsten Retro in den Besprechungen dieses Teams. Alle in diesen Besprechungen sehen diese Teamwerte, auch Personen außerhalb des Teams; keine Antwort und kein Kommentar wird gesendet.',
  'prompts.send.button': 'An die nächste Retro senden',
  'prompts.send.sending': 'Wird gesendet…',
  'prompts.send.failed': 'Nicht an die Retro gesendet',
  'prompts.send.done':
    '{count, plural, one {An # Besprechungsreihe gesendet.} other {An # Besprechungsreihen gesendet.}} Die Werte erscheinen im Rückblick der nächsten dort gestarteten Retro.',
  'prompts.review.title': 'Aus dem letzten Puls: {title}',
  'prompts.review.closed': 'Geschlossen am {date}. Teamwert {score} von 100.',
  'prompts.review.lowest': 'Die Aussagen mit den niedrigsten Werten',
  'prompts.review.statementScore': '{score} von 100',
  'prompts.review.change':
    '{direction, select, up {{points} Punkte höher als beim vorigen Puls.} down {{points} Punkte niedriger als beim vorigen Puls.} other {Keine klare Veränderung seit dem vorigen Puls.}}',
  'prompts.review.guideTitle': 'Wie Sie darüber sprechen',
  'prompts.review.guide.frame':
    'Den Rahmen setzen: Das sind die Zahlen des Teams, nicht die Antworten Einzelner. Wir sehen sie uns an, um zu lernen, wie wir zusammenarbeiten, nicht um herauszufinden, wer was gesagt hat.',
  'prompts.review.guide.ask':
    'Einladen, dann zuhören: Fragen Sie „Was macht das hier schwer?“ und „Was würde helfen?“, weil Sie es wissen wollen. Die Moderation spricht zuletzt.',
  'prompts.review.guide.respond':
    'Wertschätzend reagieren: Danken Sie allen, die etwas ansprechen, und nehmen Sie eine schwierige Geschichte als Information, nicht als Schuld.',
  'prompts.review.guide.never':
    'Raten Sie nie, wer was geantwortet hat. Der Puls ist anonym, und das Gespräch bleibt es auch.',
  'prompts.review.source':
    'Nach Edmondsons Werkzeugkasten für Führungskräfte: den Rahmen setzen, zur Beteiligung einladen, produktiv reagieren. A. C. Edmondson (2019), The Fearless Organization, Wiley, Kap. 7.',
};

import type { Catalogue } from '../en/index.js';
import type { bot as en } from '../en/bot.js';

export const bot: Catalogue<typeof en> = {
  'bot.card.title': 'Retro-Zusammenfassung: {title}',
  'bot.card.untitledRetro': 'Retro',
  'bot.card.ended': 'Beendet am {date}',
  'bot.card.topTopics': 'Wichtigste Themen',
  'bot.card.topic': '{title} ({votes, plural, one {# Stimme} other {# Stimmen}})',
  'bot.card.untitledTopic': 'Thema ohne Titel',
  'bot.card.noTopics': 'Keine Themen zum Anzeigen.',
  'bot.card.hiddenTopics':
    'Die Karten wurden nie aufgedeckt, darum bleiben die Themen vertraulich.',
  'bot.card.actionItems': 'Maßnahmen',
  'bot.card.action': '{owner}: {text}',
  'bot.card.due': 'Fällig am {due}',
  'bot.card.noActions': 'Keine Maßnahmen.',
  'bot.card.roti':
    'Nutzen der investierten Zeit: durchschnittlich {mean} von 5 ({answered, plural, one {# Antwort} other {# Antworten}})',
  'bot.card.openSummary': 'Zusammenfassung öffnen',
  'bot.card.fallback': 'Die Retro-Zusammenfassung von Candor: {title}',
  'bot.setting.postSummary': 'Am Ende der Retro eine Zusammenfassung im Besprechungschat posten',
  'bot.setting.postSummaryMenu': 'Zusammenfassung im Chat posten',
  'bot.setting.postSummaryHint':
    'Wichtigste Themen, Maßnahmen mit Verantwortlichen und ROTI. Verdeckter Kartentext wird nie gepostet.',
  'bot.auth.noToken':
    'Dieser Endpunkt ist für den Bot Connector: Senden Sie dessen Token im Authorization-Header nach "Bearer ".',
  'bot.auth.expired': 'Das Token des Bot Connectors ist abgelaufen. Senden Sie ein neues.',
  'bot.auth.claim':
    'Das Token des Bot Connectors ist nicht für diesen Bot (sein Claim "{claim}" passt nicht). Prüfen Sie, ob die Azure-Bot-Ressource diese App-Registrierung verwendet.',
  'bot.auth.badToken':
    'Das Token des Bot Connectors ließ sich mit den Signaturschlüsseln des Bot Frameworks nicht prüfen.',
  'bot.auth.endorsement':
    'Das Token des Bot Connectors wurde mit einem Schlüssel signiert, der für den Kanal {channel} nicht bestätigt ist.',
  'bot.auth.serviceUrl':
    'Das Token des Bot Connectors wurde für eine andere Dienst-URL ausgestellt, als die Aktivität nennt.',
  'bot.auth.unavailable':
    'Die Signaturschlüssel des Bot Frameworks sind gerade nicht lesbar. Versuchen Sie es in einer Minute erneut.',
  'bot.activity.malformed': 'Candor versteht diese Aktivität nicht: {detail}',
};

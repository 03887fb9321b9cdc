import type { Catalogue } from '../en/index.js';
import type { trends as en } from '../en/trends.js';

export const trends: Catalogue<typeof en> = {
  'trends.view.back': '← Zurück zu den Pulsbefragungen',
  'trends.view.title': 'Trends',
  'trends.view.range': 'Zeitraum',
  'trends.range.3m': '3 Monate',
  'trends.range.6m': '6 Monate',
  'trends.range.12m': '12 Monate',
  'trends.range.all': 'Alle',
  'trends.view.loading': 'Trends werden geladen…',
  'trends.view.loadFailed': 'Trends konnten nicht geladen werden',
  'trends.view.emptyOwner':
    'In diesem Zeitraum wurde noch keine Pulsbefragung abgeschlossen. Trends erscheinen, sobald Pulsbefragungen abgeschlossen sind.',
  'trends.view.emptyMember':
    'In diesem Zeitraum wurden noch keine Ergebnisse mit dem Team geteilt.',
  'trends.csv.intro':
    'Laden Sie diese Zahlen als Tabelle (CSV) herunter. Pulsbefragungen und Aussagen mit zu wenigen Antworten fehlen darin, wie hier.',
  'trends.csv.export': 'CSV exportieren',
  'trends.csv.exporting': 'Wird exportiert…',
  'trends.csv.failed': 'Die CSV-Datei wurde nicht exportiert',
  'trends.chart.loading': 'Diagramm wird geladen…',
  'trends.chart.showTable': 'Als Tabelle anzeigen',
  'trends.chart.hideTable': 'Tabelle ausblenden',
  'trends.change.title': 'Letzte Veränderung',
  'trends.change.titleWith': 'Letzte Veränderung: {headline}',
  'trends.change.up': 'Gestiegen',
  'trends.change.down': 'Gesunken',
  'trends.change.noClear': 'Keine klare Veränderung',
  'trends.change.caution':
    'In einem kleinen Team verschiebt schon ein Zu- oder Abgang den Wert. Verstehen Sie eine Veränderung daher als Anlass zum Gespräch, nicht als Urteil.',
  'trends.change.latestWithheld':
    'Die letzte Pulsbefragung, abgeschlossen am {date}, hatte zu wenige Antworten und wird daher nicht berücksichtigt.',
  'trends.change.none':
    'Eine Veränderung erscheint, sobald zwei Pulsbefragungen in diesem Zeitraum genug Antworten haben.',
  'trends.change.earlierPulse': 'der früheren Pulsbefragung',
  'trends.change.laterPulse': 'der späteren Pulsbefragung',
  'trends.change.belowThreshold':
    'Keine Veränderung angezeigt: Die Pulsbefragungen vom {from} und {to} hatten zu wenige Antworten für einen Vergleich.',
  'trends.change.differentItems':
    'Keine Veränderung angezeigt: Die Pulsbefragungen vom {from} und {to} hatten unterschiedliche Fragen, daher sind ihre Werte nicht vergleichbar.',
  'trends.change.noClearText':
    'Von der Pulsbefragung vom {from} zu der vom {to}: {difference} Punkte auf der Skala 1–7, aber das 95-%-Intervall der Differenz ({low} bis {high}) schließt null ein.',
  'trends.change.upText':
    'Von der Pulsbefragung vom {from} zu der vom {to}: {difference} Punkte gestiegen auf der Skala 1–7 (95-%-Intervall der Differenz {low} bis {high}).',
  'trends.change.downText':
    'Von der Pulsbefragung vom {from} zu der vom {to}: {difference} Punkte gesunken auf der Skala 1–7 (95-%-Intervall der Differenz {low} bis {high}).',
  'trends.withheld': 'Zu wenige Antworten',
  'trends.withheldInvited': 'Zu wenige Antworten ({invited} eingeladen)',
  'trends.noStatementShown': 'Zu keiner Aussage genug Antworten',
  'trends.table.closed': 'Abgeschlossen',
  'trends.table.pulse': 'Pulsbefragung',
  'trends.table.range': '{low} bis {high}',
  'trends.score.title': 'Teamwert',
  'trends.score.description':
    'Der Durchschnitt aller Werte von 1 bis 7, mit dem Bereich, in dem der wahre Wert am wahrscheinlichsten liegt (95-%-Intervall). Schraffierte Lücken sind Pulsbefragungen mit zu wenigen Antworten.',
  'trends.score.caption': 'Teamwert pro Pulsbefragung, neueste zuerst',
  'trends.score.score': 'Wert (1–7)',
  'trends.score.interval': '95-%-Intervall',
  'trends.score.score100': 'Wert (0–100)',
  'trends.score.gap': '{date}: zu wenige Antworten',
  'trends.score.point': '{date}: {mean} (95-%-Intervall {low} bis {high})',
  'trends.score.describe':
    'Teamwert pro Pulsbefragung, 1 bis 7, mit 95-%-Intervall, für {count, plural, one {# Pulsbefragung} other {# Pulsbefragungen}}.',
  'trends.score.describeLatest':
    'Zuletzt angezeigt: {mean} (Intervall {low} bis {high}) am {date}.',
  'trends.score.describeWithheld': '{count} hatten zu wenige Antworten und erscheinen als Lücken.',
  'trends.score.describeTable': '„Als Tabelle anzeigen“ listet alle Zahlen auf.',
  'trends.favourability.title': 'Zustimmend, neutral und ablehnend',
  'trends.favourability.description':
    'Anteil aller Antworten, die zustimmend (5–7), neutral (4) oder ablehnend (1–3) waren. Hellgraue Säulen sind Pulsbefragungen mit zu wenigen Antworten.',
  'trends.favourability.chartTitle':
    'Zustimmende, neutrale und ablehnende Antworten pro Pulsbefragung',
  'trends.favourability.axis': 'Anteil der Antworten (%)',
  'trends.favourability.caption':
    'Zustimmende, neutrale und ablehnende Antworten pro Pulsbefragung, neueste zuerst (nur angezeigte Aussagen)',
  'trends.favourability.favourable': 'Zustimmend',
  'trends.favourability.neutral': 'Neutral',
  'trends.favourability.unfavourable': 'Ablehnend',
  'trends.items.title': 'Jede Aussage im Zeitverlauf',
  'trends.items.description':
    'Die durchschnittliche Antwort auf jede Aussage, von 1 (stimme überhaupt nicht zu) bis 7 (stimme voll zu), neueste Pulsbefragung zuerst. (R) kennzeichnet eine umgekehrt formulierte Aussage, bei der Ablehnung die sichere Antwort ist; die Farbe berücksichtigt das bereits.',
  'trends.items.caption':
    'Durchschnittliche Antwort pro Aussage und Pulsbefragung (1–7), neueste zuerst',
  'trends.items.statement': 'Aussage',
  'trends.items.reversed': '{text} (R)',
  'trends.items.notAsked': 'Nicht gefragt',
  'trends.items.favourable': 'zustimmend',
  'trends.items.neutral': 'neutral',
  'trends.items.unfavourable': 'ablehnend',
  'trends.rate.title': 'Rücklaufquote',
  'trends.rate.description':
    'Anteil des Teams, der geantwortet hat. Hellgraue Säulen sind Pulsbefragungen mit zu wenigen Antworten.',
  'trends.rate.chartTitle': 'Rücklaufquote pro Pulsbefragung',
  'trends.rate.axis': 'Rücklaufquote (%)',
  'trends.rate.callout': '{rate} ({n} von {invited})',
  'trends.rate.caption': 'Rücklaufquote pro Pulsbefragung, neueste zuerst',
  'trends.rate.responses': 'Antworten',
  'trends.rate.invited': 'Eingeladen',
  'trends.rate.rate': 'Quote',
  'trends.health.title': 'Retro-Gesundheit',
  'trends.health.description':
    'Retros in den Kanalbesprechungen dieses Teams und in den weiteren Besprechungen unter „Besprechungen in diesen Trends“.',
  'trends.health.held': 'Durchgeführte Retros',
  'trends.health.created': 'Erstellte Maßnahmen',
  'trends.health.done': 'Erledigt',
  'trends.health.open': 'Offen',
  'trends.health.overdue': 'Überfällig',
  'trends.health.onTime': 'Bis zum Fälligkeitsdatum erledigt',
  'trends.health.participants': 'Teilnehmende im Schnitt',
  'trends.health.roti': 'ROTI (Nutzen der investierten Zeit), Durchschnitt (1–5)',
  'trends.roti.title': 'ROTI (Nutzen der investierten Zeit)',
  'trends.roti.pending':
    'Die Verteilung der Antworten erscheint, sobald mindestens 3 Personen geantwortet haben (bisher {count}).',
  'trends.roti.answers':
    '{count, plural, one {# Antwort} other {# Antworten}}, von 1 (Zeitverschwendung) bis 5 (ausgezeichneter Nutzen, die Zeit wert).',
  'trends.roti.caption': 'ROTI-Antworten',
  'trends.roti.answer': 'Antwort',
  'trends.roti.people': 'Personen',
  'trends.safety.title': 'Sicherheitscheck pro Retro',
  'trends.safety.description':
    'Der Median des anonymen Check-ins (1–5), nur angezeigt, wenn mindestens 3 Personen geantwortet haben.',
  'trends.safety.none':
    'Keine Retro in diesem Zeitraum hatte 3 oder mehr Antworten zum Sicherheitscheck.',
  'trends.safety.caption': 'Median des Sicherheitschecks pro Retro, neueste zuerst',
  'trends.safety.retro': 'Retro',
  'trends.safety.median': 'Median (1–5)',
  'trends.safety.fewer': 'Weniger als 3 Antworten',
  'trends.meetings.title': 'Besprechungen in diesen Trends',
  'trends.meetings.intro':
    'Retros aus den Kanalbesprechungen dieses Teams zählen immer zur Retro-Gesundheit. Fügen Sie weitere Besprechungen hinzu, in denen das Team Retros abhält, etwa einen wöchentlichen Abgleich. Teams teilt Candor den Namen einer Besprechung nicht mit, daher wird jede Besprechung nach ihren Retros benannt.',
  'trends.meetings.noRetro': 'Besprechung ohne abgeschlossene Retro',
  'trends.meetings.named':
    '{count, plural, =1 {Besprechung mit 1 Retro, am {date}} other {Besprechung mit # Retros, zuletzt am {date}}}',
  'trends.meetings.notIn':
    '{count, plural, one {Besprechung ohne Sie, mit # Retro} other {Besprechung ohne Sie, mit # Retros}}',
  'trends.meetings.latest': 'Letzte Retro: {title}',
  'trends.meetings.hidden':
    'Nur Personen in dieser Besprechung sehen die Titel und Daten ihrer Retros',
  'trends.meetings.linkedByYou': 'Von Ihnen verknüpft am {date}',
  'trends.meetings.linkedByOther': 'Von einem anderen Besitzer verknüpft am {date}',
  'trends.meetings.none': 'Noch zählt keine weitere Besprechung.',
  'trends.meetings.linked': 'Verknüpfte Besprechungen',
  'trends.meetings.stop': 'Nicht mehr zählen',
  'trends.meetings.stopping': 'Wird entfernt…',
  'trends.meetings.finding': 'Besprechungen mit Ihren Retros werden gesucht…',
  'trends.meetings.listFailed': 'Ihre Besprechungen konnten nicht aufgelistet werden',
  'trends.meetings.noCandidates':
    'Es gibt keine weitere Besprechung, in der Sie eine Retro abgeschlossen haben. Führen Sie eine Retro mit Candor im Seitenbereich der Besprechung durch, beenden Sie sie, und fügen Sie die Besprechung dann hier hinzu.',
  'trends.meetings.candidates': 'Besprechungen mit Ihren Retros',
  'trends.meetings.add': 'In Trends zählen',
  'trends.meetings.adding': 'Wird hinzugefügt…',
  'trends.meetings.truncated':
    'Angezeigt werden die {count} Besprechungen mit Ihren neuesten Retros.',
  'trends.meetings.nowCounts': '„{name}“ zählt jetzt zur Retro-Gesundheit.',
  'trends.meetings.noLongerCounts': '„{name}“ zählt nicht mehr zur Retro-Gesundheit.',
  'trends.meetings.confirmTitle': 'Diese Besprechung nicht mehr zählen?',
  'trends.meetings.confirmMessage':
    'Retros aus „{name}“ zählen nicht mehr zur Retro-Gesundheit dieses Teams. Nichts wird gelöscht, und jeder Teambesitzer, der in der Besprechung ist, kann sie wieder hinzufügen.',
  'trends.meetings.confirm': 'Ja, nicht mehr zählen',
  'trends.meetings.keep': 'Weiter zählen',
  'trends.meetings.loading': 'Verknüpfte Besprechungen werden geladen…',
  'trends.meetings.loadFailed': 'Verknüpfte Besprechungen konnten nicht geladen werden',
  'trends.meetings.notAdded': 'Die Besprechung wurde nicht hinzugefügt',
  'trends.meetings.stillCounts': 'Die Besprechung zählt weiterhin',
  'trends.meetings.hide': 'Besprechungen ausblenden',
  'trends.meetings.show': 'Besprechung hinzufügen',
};

import type { Catalogue } from '../en/index.js';
import type { pulse as en } from '../en/pulse.js';

export const pulse: Catalogue<typeof en> = {
  'pulse.view.backToPulses': '← Zurück zu den Pulsbefragungen',
  'pulse.answer.title': 'Antworten: {title}',
  'pulse.answer.doneBody':
    '<title>Ihre Antwort ist eingegangen.</title> Sie ist anonym: Sie wurde ohne Ihren Namen und ohne Uhrzeit gespeichert, und niemand, auch kein Teambesitzer, kann sehen, was Sie geantwortet haben. Die Ergebnisse erscheinen nach dem Ende der Pulsbefragung, wenn mindestens {k} Personen geantwortet haben.',
  'pulse.answer.backToPulses': 'Zurück zu den Pulsbefragungen',
  'pulse.answer.alreadyAnswered':
    'Sie haben bereits geantwortet – vielen Dank. Jede Person antwortet einmal, damit die Ergebnisse anonym bleiben.',
  'pulse.answer.notOpen': 'Diese Pulsbefragung ist nicht mehr offen und nimmt keine Antworten an.',
  'pulse.answer.commentHint':
    'Optional. Geben Sie keine Namen oder Details an, die Sie erkennbar machen.',
  'pulse.answer.notSent': 'Ihre Antwort wurde nicht gesendet',
  'pulse.answer.sending': 'Wird gesendet…',
  'pulse.answer.submit': 'Antworten senden',
  'pulse.answer.allAtOnce': 'Alle Aussagen auf einer Seite anzeigen',
  'pulse.answer.statements': 'Aussagen',
  'pulse.answer.back': 'Zurück',
  'pulse.answer.skip': 'Auslassen',
  'pulse.answer.next': 'Weiter',
  'pulse.scale.option': '{label} ({value})',
  'pulse.scale.low': '1 {label}',
  'pulse.scale.high': '7 {label}',
  'pulse.scale.choice': 'Ihre Auswahl: {label}',
  'pulse.scale.skipped': 'Übersprungen',
  'pulse.scale.notAnswered': 'Noch nicht beantwortet',
  'pulse.items.untranslated':
    'Diese Aussagen werden auf Englisch angezeigt, weil für {language} keine validierte Übersetzung der Skala vorliegt; eine eigene Übersetzung würde die Werte unvergleichbar machen.',
  'pulse.items.translationSource': 'Übersetzung: <link>{citation}</link>',
  'pulse.anonymity.summary': 'So funktioniert die Anonymität',
  'pulse.anonymity.stored':
    'Ihre Antworten werden ohne Ihren Namen und ohne Uhrzeit gespeichert. Candor speichert nur einen versiegelten Vermerk, dass Sie teilgenommen haben, damit Sie nur einmal antworten. Dieser Vermerk lässt sich nicht mit Ihren Antworten verknüpfen.',
  'pulse.anonymity.owners':
    'Teambesitzer sehen nie einzelne Antworten und keine Live-Zählung, solange eine Pulsbefragung offen ist, sondern nur, ob genug Personen geantwortet haben.',
  'pulse.anonymity.threshold':
    'Ergebnisse erscheinen erst nach dem Ende der Pulsbefragung und nur, wenn mindestens so viele Personen geantwortet haben wie ihr Schwellenwert (mindestens 3, meist 5). Sonst sehen Teambesitzer nur, wie viele eingeladen wurden.',
  'pulse.anonymity.comments':
    'Kommentare zur offenen Frage sehen Teambesitzer nur, wenn mindestens {count} Personen geantwortet haben, und sie werden nie mit dem Team geteilt.',
  'pulse.anonymity.noFilters': 'Es gibt keine Filter, die das Team in kleinere Gruppen aufteilen.',
  'pulse.anonymity.source':
    'Die sieben Aussagen stammen aus <link>Edmondson (1999), Administrative Science Quarterly 44(2)</link>.',
  'pulse.config.addChannel': 'Zu diesem Kanal hinzufügen',
  'pulse.config.addMeeting': 'Zu dieser Besprechung hinzufügen',
  'pulse.config.addsHeading': 'Was Candor hier hinzufügt',
  'pulse.config.channelBody':
    'Teambesitzer planen kurze, anonyme Pulsbefragungen; alle sehen die Trends des Teams, und keine Antwort lässt sich einer Person zuordnen.',
  'pulse.config.meetingBody':
    'Führen Sie im Seitenbereich eine strukturierte Retro mit allen in der Besprechung durch, und teilen Sie das Board auf der Besprechungsbühne.',
  'pulse.config.selectSave': 'Wählen Sie „Speichern“, um die Registerkarte hinzuzufügen.',
  'pulse.config.checking': 'Ihre Identität wird geprüft…',
  'pulse.config.membershipError': 'Ihre Mitgliedschaft konnte nicht geprüft werden',
  'pulse.config.notSaved': 'Die Registerkarte wurde nicht gespeichert',
  'pulse.content.noScopeTitle': 'Candor braucht ein Team oder eine Besprechung',
  'pulse.content.noScopeBody':
    'Fügen Sie Candor als Registerkarte in einem Teamkanal für Pulsbefragungen oder in einer Besprechung für Retros hinzu.',
  'pulse.content.meeting': 'Besprechung',
  'pulse.content.team': 'Team',
  'pulse.content.loadingRetros': 'Retros werden geladen…',
  'pulse.content.teamMembers': 'Teammitglieder',
  'pulse.results.withheldFew': 'Zu wenige Antworten auf diese Aussage',
  'pulse.results.withheldProtects':
    'Ausgeblendet, damit sich eine Aussage mit zu wenigen Antworten nicht daraus ableiten lässt',
  'pulse.results.withheldFewWhy':
    ' Weniger Personen haben sie beantwortet, als die Pulsbefragung für die Anonymität aller braucht.',
  'pulse.results.withheldProtectsWhy':
    ' Ihre Werte könnten die einer Aussage verraten, die zu wenige Personen beantwortet haben.',
  'pulse.results.reverseScored': 'Umgekehrt gewertet: höher ist besser',
  'pulse.results.reversedInline': ' ({note})',
  'pulse.results.perStatement': 'Ergebnisse je Aussage',
  'pulse.results.itemScore': 'Wert <num>{score}</num> von 100',
  'pulse.results.sideBySide': 'Alle Aussagen im Vergleich',
  'pulse.results.colStatement': 'Aussage',
  'pulse.results.colScore': 'Wert (0–100)',
  'pulse.results.colFavourable': 'Positiv',
  'pulse.results.colNeutral': 'Neutral',
  'pulse.results.colUnfavourable': 'Negativ',
  'pulse.config.channelAdds':
    'Anonyme Pulsbefragungen zur psychologischen Sicherheit und Trends des Teams.',
  'pulse.config.meetingAdds': 'Retros im Seitenbereich der Besprechung.',
  'pulse.answer.position': '{position}. ',
  'pulse.results.title': 'Ergebnisse: {title}',
  'pulse.results.loading': 'Ergebnisse werden geladen…',
  'pulse.results.loadError': 'Die Ergebnisse konnten nicht geladen werden',
  'pulse.results.notEnough': 'Zu wenige Antworten, um die Anonymität zu schützen',
  'pulse.results.stillOpen': 'Ergebnisse erscheinen nach dem Ende der Pulsbefragung',
  'pulse.results.cancelled': 'Diese Pulsbefragung wurde abgebrochen',
  'pulse.results.invited':
    '{count, plural, one {# Person wurde eingeladen.} other {# Personen wurden eingeladen.}}',
  'pulse.results.sharedState': 'Mit dem Team geteilt, ohne Kommentare.',
  'pulse.results.stopSharing': 'Freigabe beenden',
  'pulse.results.ownersOnly': 'Nur Teambesitzer sehen diese Ergebnisse.',
  'pulse.results.share': 'Ergebnisse mit dem Team teilen',
  'pulse.results.actionFailed': 'Das hat nicht funktioniert',
  'pulse.results.shareTitle': 'Diese Ergebnisse mit dem Team teilen?',
  'pulse.results.shareMessage':
    'Alle {count, plural, one {# Mitglied} other {# Mitglieder}} dieses Teams sehen dann in dieser Registerkarte: den Teamwert und seine Spanne, die Verteilung der Antworten, Gesprächsthemen und die Ergebnisse jeder Aussage. Kommentare sehen sie nie, und niemand sieht, wer was geantwortet hat. Sie können die Freigabe jederzeit beenden, aber wer die Ergebnisse gelesen hat, kennt sie.',
  'pulse.results.shareConfirm': 'Mit dem Team teilen',
  'pulse.results.shareDismiss': 'Nicht jetzt',
  'pulse.results.unshareTitle': 'Freigabe dieser Ergebnisse beenden?',
  'pulse.results.unshareMessage':
    'Mitglieder sehen diese Ergebnisse und diese Pulsbefragung dann nicht mehr in der Registerkarte, und sie fällt aus ihren Trends heraus. Teambesitzer sehen weiterhin alles. Sie können später erneut teilen.',
  'pulse.results.unshareConfirm': 'Ja, Freigabe beenden',
  'pulse.results.unshareDismiss': 'Weiter teilen',
  'pulse.section.count': ' ({count})',
  'pulse.section.showMore': '{count} weitere anzeigen ({rest} ausgeblendet)',
  'pulse.recurrence.none': 'Einmalig',
  'pulse.recurrence.weekly': 'Wöchentlich',
  'pulse.recurrence.biweekly': 'Alle zwei Wochen',
  'pulse.recurrence.monthly': 'Monatlich',
  'pulse.card.cancelled': 'Abgebrochen',
  'pulse.card.shared': 'Geteilt',
  'pulse.card.timing': '{timing} · {recurrence}',
  'pulse.card.teamScore': 'Teamwert <num>{score}</num> von 100',
  'pulse.card.likely': 'wahrscheinlich {interval}',
  'pulse.member.open': 'Offen',
  'pulse.member.noneOpen': 'Zurzeit gibt es keine Pulsbefragung zu beantworten.',
  'pulse.member.answerNow': 'Jetzt antworten',
  'pulse.member.answered': 'Sie haben geantwortet – vielen Dank.',
  'pulse.member.invite': 'Sieben kurze Aussagen, etwa zwei Minuten. Ihre Antworten sind anonym.',
  'pulse.member.shared': 'Geteilte Ergebnisse',
  'pulse.member.noneShared': 'Es wurden noch keine Ergebnisse mit dem Team geteilt.',
  'pulse.member.viewResults': 'Ergebnisse anzeigen',
  'pulse.answer.ready': 'Bereit zum Absenden: {answered} von {total} beantwortet.',
  'pulse.answer.needMore':
    'Beantworten Sie {more, plural, one {# weitere Frage} other {# weitere Fragen}}, um abzusenden (mindestens {min} von {total}).',
  'pulse.answer.progress': '{step} von {total}',
  'pulse.owner.none':
    'Noch keine Pulsbefragungen. Erstellen Sie eine, um das Team zu fragen, wie sicher es sich fühlt, offen zu sprechen.',
  'pulse.owner.closeTitle': 'Diese Pulsbefragung jetzt schließen?',
  'pulse.owner.closeBody':
    'Nach dem Schließen kann niemand mehr antworten. Ergebnisse erscheinen, wenn genug Personen geantwortet haben.',
  'pulse.owner.closeConfirm': 'Pulsbefragung schließen',
  'pulse.owner.closeDismiss': 'Offen lassen',
  'pulse.owner.closeNow': 'Jetzt schließen',
  'pulse.owner.cancelTitle': 'Diese Pulsbefragung abbrechen?',
  'pulse.owner.cancelBody':
    'Eine abgebrochene Pulsbefragung zeigt nie Ergebnisse, und abgegebene Antworten werden nicht ausgewertet. Dies kann nicht rückgängig gemacht werden.',
  'pulse.owner.cancelConfirm': 'Ja, Pulsbefragung abbrechen',
  'pulse.owner.cancelDismiss': 'Pulsbefragung behalten',
  'pulse.owner.cancel': 'Pulsbefragung abbrechen',
  'pulse.owner.answered': 'Sie haben geantwortet.',
  'pulse.owner.failed': 'Das hat nicht funktioniert',
  'pulse.owner.noneOpen': 'Zurzeit ist keine Pulsbefragung offen.',
  'pulse.owner.scheduled': 'Geplant',
  'pulse.owner.past': 'Vergangen',
  'pulse.owner.enough':
    'Genug Personen haben geantwortet: Ergebnisse erscheinen nach dem Schließen.',
  'pulse.owner.notEnough':
    'Ergebnisse erscheinen, sobald mindestens {k} Personen geantwortet haben. Noch nicht genug.',
  'pulse.home.loading': 'Pulsbefragungen werden geladen…',
  'pulse.home.loadFailed': 'Die Pulsbefragungen konnten nicht geladen werden',
  'pulse.home.title': 'Pulsbefragungen',
  'pulse.home.trends': 'Trends',
  'pulse.home.new': 'Neue Pulsbefragung',
  'pulse.create.tooSmall':
    'Dieses Team hat {size, plural, one {# Mitglied} other {# Mitglieder}}. Eine Pulsbefragung braucht mindestens {min}, damit keine Antwort einer Person zugeordnet werden kann.',
  'pulse.create.resultsAll':
    'Bei {size, plural, one {# Mitglied} other {# Mitgliedern}} erscheinen Ergebnisse nur, wenn alle {size} antworten.',
  'pulse.create.resultsK':
    'Bei {size, plural, one {# Mitglied} other {# Mitgliedern}} erscheinen Ergebnisse, wenn {k} davon antworten.',
  'pulse.create.withComments':
    '{results} Kommentare zur offenen Frage sehen Teambesitzer, sobald {threshold} Personen antworten.',
  'pulse.create.commentsNeverOn':
    '{results} Kommentare brauchen {threshold} Antworten und würden daher nie erscheinen: Entfernen Sie am besten die offene Frage.',
  'pulse.create.commentsNeverOff':
    '{results} Kommentare brauchen {threshold} Antworten und würden daher nie erscheinen – die offene Frage ist aus.',
  'pulse.create.titleTooLong': 'Der Titel darf höchstens 120 Zeichen lang sein.',
  'pulse.create.opensMissing': 'Geben Sie Datum und Uhrzeit des Beginns ein.',
  'pulse.create.opensPast':
    'Der Beginn liegt in der Vergangenheit. Wählen Sie jetzt oder einen späteren Zeitpunkt.',
  'pulse.create.closesMissing': 'Geben Sie Datum und Uhrzeit des Endes ein.',
  'pulse.create.closesPast': 'Das Ende muss in der Zukunft liegen.',
  'pulse.create.closesBeforeOpens': 'Die Pulsbefragung muss nach ihrem Beginn enden.',
  'pulse.create.closesTooLate':
    'Eine {recurrence, select, weekly {wöchentliche} biweekly {zweiwöchentliche} monthly {monatliche} other {wiederkehrende}} Pulsbefragung muss innerhalb von {days} Tagen nach Beginn enden, bevor die nächste beginnt. Wählen Sie ein früheres Ende.',
  'pulse.create.kTooSmallTeam':
    'Dieses Team hat {size, plural, one {# Mitglied} other {# Mitglieder}}. Eine Pulsbefragung braucht mindestens {min}, damit keine Antwort einer Person zugeordnet werden kann.',
  'pulse.create.kNotNumber': 'Geben Sie die Anonymitätsschwelle als ganze Zahl ein.',
  'pulse.create.kTooLow':
    'Die Anonymitätsschwelle darf nicht unter {min} liegen, damit keine Antwort einer Person zugeordnet werden kann.',
  'pulse.create.kTooHigh': 'Die Anonymitätsschwelle darf nicht über der Teamgröße ({size}) liegen.',
  'pulse.create.questionMissing': 'Schreiben Sie die offene Frage oder entfernen Sie sie.',
  'pulse.create.questionTooLong': 'Die offene Frage darf höchstens 300 Zeichen lang sein.',
  'pulse.create.intro':
    'Die Mitglieder beantworten die sieben Aussagen von Edmondsons Skala zur psychologischen Sicherheit im Team, von „stimme ganz und gar nicht zu“ bis „stimme voll und ganz zu“.',
  'pulse.create.title': 'Titel',
  'pulse.create.titleHint': 'Optional, zum Beispiel „Check-in März“.',
  'pulse.create.opens': 'Beginn',
  'pulse.create.closes': 'Ende',
  'pulse.create.repeats': 'Wiederholung',
  'pulse.create.repeatsHint': 'Eine wiederkehrende Pulsbefragung öffnet die nächste nach Plan.',
  'pulse.create.k': 'Anonymitätsschwelle',
  'pulse.create.kHint':
    'Ergebnisse erscheinen nur, wenn mindestens so viele Personen antworten: von {min} bis zu Ihrer Teamgröße, {size}. Eine kleinere Zahl lässt mehr Abwesende zu.',
  'pulse.create.question': 'Offene Frage',
  'pulse.default.title': 'Puls zur psychologischen Sicherheit im Team',
  'pulse.default.openQuestion':
    'Was würde es leichter machen, in diesem Team etwas offen anzusprechen?',
  'pulse.create.questionHint':
    'Optionale Kommentare. Teambesitzer sehen sie nur, wenn mindestens {threshold} Personen antworten; sie werden nie mit dem Team geteilt.',
  'pulse.create.removeQuestion': 'Offene Frage entfernen',
  'pulse.create.addQuestion': 'Offene Frage hinzufügen',
  'pulse.create.addQuestionAnyway': 'Trotzdem eine offene Frage hinzufügen',
  'pulse.create.fix':
    'Einige Angaben müssen geändert werden, bevor die Pulsbefragung erstellt werden kann.',
  'pulse.create.failed': 'Die Pulsbefragung wurde nicht erstellt',
  'pulse.create.creating': 'Wird erstellt…',
  'pulse.create.create': 'Pulsbefragung erstellen',
  'pulse.results.range': '{low} bis {high}',
  'pulse.results.answered': '{n} von {invited} haben geantwortet',
  'pulse.results.answeredRate': '{n} von {invited} haben geantwortet ({rate})',
  'pulse.results.favourable': 'Positiv',
  'pulse.results.neutral': 'Neutral',
  'pulse.results.unfavourable': 'Negativ',
  'pulse.results.part': '{label} {share}',
  'pulse.results.partSeparator': ', ',
  'pulse.talk.e1':
    'Was passiert in diesem Team, nachdem jemandem ein Fehler passiert ist – und was würden wir uns wünschen?',
  'pulse.talk.e2':
    'Was macht es hier leichter oder schwerer, ein Problem oder ein schwieriges Thema anzusprechen?',
  'pulse.talk.e3':
    'Wie können wir mehr Raum für unterschiedliche Sichtweisen und Arbeitsweisen schaffen?',
  'pulse.talk.e4':
    'Welches kleine Risiko könnten wir gemeinsam eingehen, und wie würden wir uns dabei gegenseitig unterstützen?',
  'pulse.talk.e5': 'Was würde es leichter machen, einander um Hilfe zu bitten?',
  'pulse.talk.e6':
    'Wo stehen sich unsere Bemühungen gegenseitig im Weg, und wie könnten wir uns stattdessen unterstützen?',
  'pulse.talk.e7': 'Welche Fähigkeiten in diesem Team könnten wir stärker nutzen, und wie?',
  'pulse.talk.generic': 'Was würde das für uns alle leichter machen?',
  'pulse.released.score': 'Teamwert',
  'pulse.released.of100': '<big>{score}</big> von 100',
  'pulse.released.likely': 'Wahrscheinlich {range}',
  'pulse.released.explain':
    '{rate}. 100 hieße, dass alle bei jeder Aussage die günstigste Antwort gegeben haben. Der Bereich zeigt, wie weit sich der Wert bei so vielen Antworten zufällig verschieben könnte (ein 95-%-Intervall); er wird enger, je mehr Teammitglieder antworten.',
  'pulse.released.split': 'Wie sich die Antworten verteilen',
  'pulse.released.noSplitTitle': 'Zu keiner Aussage genug Antworten',
  'pulse.released.noSplit':
    'Die Verteilung zählt nur Aussagen, die genug Personen beantwortet haben.',
  'pulse.released.splitExplain':
    'Positiv heißt, der positiven Lesart einer Aussage zuzustimmen, neutral heißt weder Zustimmung noch Ablehnung, negativ heißt Ablehnung.',
  'pulse.released.splitWithheld':
    '{withheld, plural, one {Sie zählt nur die gezeigten Aussagen: eine Aussage ist ausgelassen, damit ihre Antworten nicht daraus abgeleitet werden können.} other {Sie zählt nur die gezeigten Aussagen: # Aussagen sind ausgelassen, damit ihre Antworten nicht daraus abgeleitet werden können.}}',
  'pulse.released.talk': 'Worüber Sie als Nächstes sprechen könnten',
  'pulse.released.talkIntro':
    'Bei {count, plural, one {dieser Aussage} other {diesen Aussagen}} hat das Team am niedrigsten abgeschnitten. Sie sind ein Ausgangspunkt für ein gemeinsames Gespräch, kein Urteil über jemanden, und niemand muss sagen, wie er geantwortet hat.',
  'pulse.released.quote': '„{text}“',
  'pulse.released.opener': 'Eine Frage zum Einstieg: <b>{question}</b>',
  'pulse.released.perStatement': 'Pro Aussage',
  'pulse.released.perStatementExplain':
    'Jede Aussage hat einen Wert auf derselben Skala von 0 bis 100, höher ist besser. Umgekehrt gewertete Aussagen sind negativ formuliert, daher ergibt Ablehnung einen hohen Wert.',
  'pulse.released.comments': 'Kommentare',
  'pulse.released.commentsOwners': 'Nur Teambesitzer sehen Kommentare; sie werden nie geteilt.',
  'pulse.released.commentsWhen':
    'Kommentare erscheinen nur, wenn mindestens {threshold} Personen antworten.',
  'pulse.status.scheduled': 'Geplant',
  'pulse.status.open': 'Offen',
  'pulse.status.closed': 'Geschlossen',
  'pulse.status.cancelled': 'Abgebrochen',
  'pulse.card.untitled': 'Team-Pulsbefragung',
  'pulse.card.opensCloses': 'Beginnt {opens}, endet {closes}',
  'pulse.card.openUntil': 'Offen bis {closes}',
  'pulse.card.opened': 'Begonnen am {opened}',
  'pulse.card.planned': 'War geplant für {opened}',
  'pulse.card.cancelledNoResults': 'Abgebrochen, daher ohne Ergebnisse.',
  'pulse.card.withheld': 'Zu wenige Antworten, um Ergebnisse zu zeigen.',
};

import type { Catalogue } from '../en/index.js';
import type { server as en } from '../en/server.js';

const wait =
  '{waitUnit, select, second {in {wait, plural, one {# Sekunde} other {# Sekunden}}} minute {in {wait} Minuten} other {in {wait} Stunden}}';

export const server: Catalogue<typeof en> = {
  'server.error.internal':
    'Bei uns ist ein Fehler aufgetreten, und diese Änderung wurde möglicherweise nicht gespeichert. Versuchen Sie es erneut. Wenn der Fehler bleibt, nennen Sie Ihrem Administrator die Referenz {reference}.',
  'server.error.invalidRequest':
    'Die Anfrage ist ungültig{hasPath, select, yes { bei „{path}“} other {}}: {detail}. Korrigieren Sie sie, und versuchen Sie es erneut.',
  'server.error.invalidRequestUnknown': 'unbekanntes Problem',
  'server.error.nothingAt': 'Unter {method} {path} gibt es nichts.',
  'server.error.badUrl':
    'Die Adresse ist ungültig: Sie enthält ein fehlerhaftes %-Escape. Laden Sie Candor neu, und versuchen Sie es erneut. Wenn Sie die Adresse eingegeben haben, prüfen Sie sie.',
  'server.error.paramTooLong':
    'Ein Teil der Adresse ist länger, als Candor zulässt. Laden Sie Candor neu, und versuchen Sie es erneut.',
  'server.error.bodyTooLarge':
    'Diese Anfrage ist größer, als Candor zulässt (256 KB). Kürzen Sie den Text, und versuchen Sie es erneut.',
  'server.error.jsonOnly':
    'Candor akzeptiert Anfrageinhalte nur als JSON. Senden Sie den Inhalt mit Content-Type: application/json.',
  'server.error.contentLength':
    'Der Anfrageinhalt ist nicht so lang, wie sein Content-Length-Header angibt. Senden Sie die Anfrage erneut.',
  'server.error.emptyJson':
    'Die Anfrage gibt JSON an, aber ihr Inhalt ist leer. Senden Sie JSON, oder lassen Sie den Content-Type-Header weg.',
  'server.error.invalidJson':
    'Der Anfrageinhalt ist kein gültiges JSON oder verwendet einen reservierten Schlüssel (__proto__ oder constructor). Korrigieren Sie den Inhalt, und versuchen Sie es erneut.',
  'server.error.unreadable':
    'Candor konnte diese Anfrage nicht lesen. Laden Sie Candor neu, und versuchen Sie es erneut. Wenn der Fehler bleibt, wenden Sie sich an Ihren Administrator.',
  'server.error.busy':
    'Candor ist gerade ausgelastet. Warten Sie einen Moment, und versuchen Sie es erneut.',
  'server.error.requestTimeout':
    'Die Anfrage hat zu lange gedauert. Prüfen Sie Ihre Verbindung, und versuchen Sie es erneut.',
  'server.error.headersTooLarge':
    'Die Anfrage-Header sind größer, als Candor zulässt. Laden Sie Candor neu, und versuchen Sie es erneut.',
  'server.error.brokenAddress':
    'Die Adresse enthält ein Steuer- oder fehlerhaftes Zeichen und verweist daher auf nichts in Candor. Laden Sie Candor neu, und versuchen Sie es erneut.',
  'server.error.tooManyRequests': `Candor hat in kurzer Zeit zu viele Anfragen {who, select, you {von Ihnen} organisation {von Ihrer Organisation} other {von dieser Netzwerkadresse}} erhalten. Versuchen Sie es ${wait} erneut.`,
  'server.error.idempotencyKeyReused':
    'Dieser Idempotency-Key wurde bereits für eine andere Änderung verwendet. Senden Sie mit jeder Änderung einen neuen, eindeutigen Schlüssel.',
  'server.error.idempotencyKeyMissing':
    'Jede Änderung an einer Retro braucht einen Idempotency-Key-Header, damit eine Wiederholung keine Karte oder Stimme doppelt hinzufügt. Senden Sie mit jeder Änderung einen neuen, eindeutigen Schlüssel.',
  'server.error.idempotencyKeyMalformed':
    'Der Idempotency-Key-Header muss aus 1 bis 200 Buchstaben, Ziffern, Punkten, Doppelpunkten, Binde- oder Unterstrichen bestehen. Senden Sie eine UUID.',

  'server.auth.noToken':
    'Diese Anfrage hat kein Anmeldetoken. Öffnen Sie Candor erneut in Teams, damit Sie angemeldet werden.',
  'server.auth.required':
    'Eine Anmeldung ist erforderlich. Öffnen Sie Candor erneut in Teams, um sich wieder anzumelden.',
  'server.auth.tenantNotAllowed':
    'Ihre Organisation darf diesen Candor-Server nicht verwenden. Bitten Sie Ihren IT-Administrator, Ihren Mandanten zu ENTRA_ALLOWED_TENANTS hinzuzufügen, oder verwenden Sie das Candor Ihrer Organisation.',
  'server.auth.notJwt':
    'Das Anmeldetoken ist fehlerhaft (kein JWT). Schließen Sie Candor in Teams, und öffnen Sie es erneut, um sich wieder anzumelden.',
  'server.auth.algorithmNamed':
    'Das Anmeldetoken verwendet einen nicht unterstützten Signaturalgorithmus ({alg}); nur RS256-Token von Microsoft Entra ID werden akzeptiert. Schließen Sie Candor in Teams, und öffnen Sie es erneut, um sich wieder anzumelden.',
  'server.auth.noTenant':
    'Das Anmeldetoken hat keine gültige Mandanten-ID (tid) und ist daher kein Geschäfts-, Schul- oder Unikonto-Token von Entra ID. Schließen Sie Candor in Teams, und öffnen Sie es erneut, um sich wieder anzumelden.',
  'server.auth.appToken':
    'Dieses Token wurde für eine Anwendung ausgestellt, nicht für einen angemeldeten Benutzer. Rufen Sie Candor mit einem delegierten Benutzertoken für den Bereich access_as_user auf.',
  'server.auth.noScope':
    'Das Anmeldetoken gewährt nicht den Bereich {scope} von Candor. Bitten Sie Ihren IT-Administrator, der API-Berechtigung von Candor zuzustimmen, und öffnen Sie Candor dann erneut in Teams.',
  'server.auth.noOid':
    'Das Anmeldetoken hat keine Benutzerobjekt-ID (oid). Schließen Sie Candor in Teams, und öffnen Sie es erneut, um sich wieder anzumelden.',
  'server.auth.expired':
    'Ihre Anmeldung ist abgelaufen. Schließen Sie Candor in Teams, und öffnen Sie es erneut, um sich wieder anzumelden.',
  'server.auth.wrongAudience':
    'Das Anmeldetoken ist für eine andere Anwendung bestimmt (falsche Zielgruppe). Fordern Sie ein Token für die API von Candor an ({audience}). Schließen Sie Candor in Teams, und öffnen Sie es erneut, um sich wieder anzumelden.',
  'server.auth.wrongIssuer':
    'Das Anmeldetoken wurde nicht von der Microsoft Entra-Autorität dieses Servers für Ihren Mandanten ausgestellt (falscher Aussteller). Candor akzeptiert nur v2.0-Token: Die App-Registrierung braucht accessTokenAcceptedVersion 2. Schließen Sie Candor in Teams, und öffnen Sie es erneut, um sich wieder anzumelden.',
  'server.auth.claim':
    'Das Anmeldetoken ist noch nicht gültig oder unvollständig ({claim}). Schließen Sie Candor in Teams, und öffnen Sie es erneut, um sich wieder anzumelden.',
  'server.auth.unknownKey':
    'Das Anmeldetoken wurde mit einem Schlüssel signiert, den Microsoft Entra ID nicht veröffentlicht (unbekannter Signaturschlüssel). Schließen Sie Candor in Teams, und öffnen Sie es erneut, um sich wieder anzumelden.',
  'server.auth.badSignature':
    'Die Signatur des Anmeldetokens ist ungültig. Schließen Sie Candor in Teams, und öffnen Sie es erneut, um sich wieder anzumelden.',
  'server.auth.algorithm':
    'Das Anmeldetoken verwendet einen nicht unterstützten Signaturalgorithmus. Schließen Sie Candor in Teams, und öffnen Sie es erneut, um sich wieder anzumelden.',
  'server.auth.malformed':
    'Das Anmeldetoken ist fehlerhaft. Schließen Sie Candor in Teams, und öffnen Sie es erneut, um sich wieder anzumelden.',
  'server.auth.unavailable':
    'Candor erreicht den Microsoft-Anmeldedienst gerade nicht, um Ihre Anmeldung zu prüfen. Versuchen Sie es in einer Minute erneut. Wenn das Problem bleibt, bitten Sie Ihren IT-Administrator zu prüfen, ob der Server ENTRA_AUTHORITY_HOST erreicht.',

  'server.access.notTeamMember':
    'Sie sind kein Mitglied dieses Teams. Bitten Sie einen Teambesitzer, Sie hinzuzufügen, und öffnen Sie die Registerkarte dann erneut.',
  'server.access.notChatMember':
    'Sie nehmen nicht an diesem Besprechungschat teil. Bitten Sie den Organisator, Sie einzuladen, und öffnen Sie Candor dann erneut.',
  'server.access.ownersOnly':
    'Nur Teambesitzer können dies tun. Bitten Sie einen Teambesitzer um Hilfe.',
  'server.graph.cannotSeeTeam':
    'Candor kann dieses Team nicht sehen. Bitten Sie einen Teambesitzer, Candor zum Team hinzuzufügen (die App dort zu installieren), und öffnen Sie die Registerkarte dann erneut.',
  'server.graph.cannotSeeChat':
    'Candor kann diesen Besprechungschat nicht sehen. Bitten Sie den Organisator, Candor zur Besprechung hinzuzufügen, und öffnen Sie sie dann erneut.',
  'server.graph.unavailable':
    'Candor kann die Teams-Mitgliedschaft gerade nicht aus Microsoft 365 lesen. Versuchen Sie es in einer Minute erneut.',
  'server.graph.tokenUnavailable':
    'Candor erhält gerade keinen Zugriff auf Microsoft Graph und kann daher die Teams-Mitgliedschaft nicht lesen. Versuchen Sie es gleich erneut. Wenn das Problem bleibt, bitten Sie Ihren IT-Administrator zu prüfen, ob der Server ENTRA_AUTHORITY_HOST erreicht.',
  'server.graph.badCredentials':
    'Microsoft Entra ID hat die App-Anmeldeinformationen von Candor abgelehnt ({detail}). Bitten Sie Ihren IT-Administrator, ENTRA_CLIENT_ID und ENTRA_CLIENT_SECRET zu prüfen: Der geheime Clientschlüssel ist möglicherweise falsch oder abgelaufen.',
  'server.graph.tenantRefused':
    'Microsoft Entra ID hat Candor für Ihre Organisation abgelehnt ({detail}). Bitten Sie Ihren IT-Administrator, Candor in Ihrem Mandanten zu installieren, seine Berechtigungen zu erteilen und ENTRA_CLIENT_ID zu prüfen.',
  'server.graph.tokenServerError':
    'Microsoft Entra ID konnte Candor gerade kein Token ausstellen ({detail}). Versuchen Sie es gleich erneut. Wenn das Problem bleibt, bitten Sie Ihren IT-Administrator, die App-Registrierung von Candor zu prüfen.',

  'server.live.tooManyStreams':
    'Sie haben bereits {max} Live-Verbindungen geöffnet, so viele wie eine Person darf. Schließen Sie Candor in anderen Fenstern oder Registerkarten, und versuchen Sie es in {seconds} Sekunden erneut.',
  'server.live.badRoom':
    'Die Raum-ID für Live-Updates ist fehlerhaft. Verwenden Sie {teamForm} oder {chatForm}, URL-codiert im Pfad.',
  'server.live.badLastEventId':
    'Last-Event-ID (oder ?after=) muss die Nummer des zuletzt empfangenen Ereignisses sein. Verbinden Sie sich ohne sie neu, um von vorn zu beginnen.',
  'server.live.unknownRoomKind':
    'Live-Updates für Räume vom Typ „{kind}“ gibt es auf diesem Server nicht. Aktualisieren Sie Candor, und öffnen Sie es dann erneut.',

  'server.retro.notFound':
    'Diese Retro wurde nicht gefunden. Prüfen Sie den Link, oder öffnen Sie Candor aus der Besprechung, um die aktuelle Retro zu sehen.',
  'server.retro.cardGone':
    'Diese Karte ist nicht mehr in dieser Retro. Aktualisieren Sie das Board, und versuchen Sie es erneut.',
  'server.retro.groupGone':
    'Diese Gruppe ist nicht mehr in dieser Retro. Aktualisieren Sie das Board, und versuchen Sie es erneut.',
  'server.retro.notYourCard':
    'Sie können nur Ihre eigenen Karten {action, select, edit {bearbeiten} other {löschen}}. Fügen Sie stattdessen eine eigene Karte hinzu.',
  'server.retro.notChatMember':
    'Diese Person nimmt nicht an diesem Besprechungschat teil. Wählen Sie jemanden aus den Teilnehmenden der Besprechung.',
  'server.retro.unknownColumn':
    'Diese Spalte ist nicht auf diesem Board. Aktualisieren Sie das Board, und versuchen Sie es erneut.',
  'server.retro.tooManyCards':
    'Diese Retro enthält bereits {max, number} Karten, mehr geht in einer Retro nicht. Gruppieren oder löschen Sie Karten, oder starten Sie eine weitere Retro.',
  'server.retro.notUpForReview':
    'Diese Maßnahme steht in dieser Retro nicht zur Überprüfung. Aktualisieren Sie die Liste, und versuchen Sie es erneut.',
  'server.retro.notOwnerOrFacilitator':
    'Nur die verantwortliche Person oder der Moderator kann den Status ändern. Wenden Sie sich an eine der beiden Personen.',
  'server.retro.actionGone':
    'Diese Maßnahme ist nicht mehr in dieser Retro. Aktualisieren Sie die Liste, und versuchen Sie es erneut.',
  'server.retro.alreadyFacilitator':
    'Diese Person ist bereits Moderator. Wählen Sie eine andere Person.',
  'server.retro.alreadyRunning':
    'In dieser Besprechung läuft bereits eine Retro: „{title}“. Nehmen Sie im Seitenbereich daran teil, oder bitten Sie den Moderator, sie zu beenden, bevor Sie eine neue starten.',
  'server.retro.summaryNotReady':
    'Die Zusammenfassung ist in der Phase „Abschluss“ verfügbar. Bitten Sie den Moderator, zum Abschluss zu wechseln oder die Retro zu beenden.',

  'server.pulse.notFound':
    'Diese Pulsbefragung wurde nicht gefunden. Prüfen Sie den Link, oder öffnen Sie Candor im Teamkanal, um die Pulsbefragungen zu sehen.',
  'server.pulse.closingPassed':
    'Der Endzeitpunkt ist bereits vorbei. Wählen Sie einen Endzeitpunkt in der Zukunft.',
  'server.pulse.kTooHigh':
    'Die Anonymitätsschwelle k ist {k}, aber das Team hat nur {teamSize} Mitglieder, daher könnten nie Ergebnisse angezeigt werden. Wählen Sie ein k zwischen 3 und {teamSize}.',
  'server.pulse.closesTooLate':
    'Eine {recurrence, select, weekly {wöchentliche} biweekly {zweiwöchentliche} other {monatliche}} Pulsbefragung muss innerhalb von {days} Tagen nach dem Start enden, bevor die nächste beginnt. Wählen Sie einen früheren Endzeitpunkt.',
  'server.pulse.tooManyPulses': `Dieses Team hat in den letzten 24 Stunden {perDay} Pulsbefragungen erstellt, so viele wie Candor zulässt. Versuchen Sie es ${wait} erneut, oder bearbeiten oder stornieren Sie eine bereits geplante Pulsbefragung.`,
  'server.pulse.tooFewAnswers':
    'Beantworten Sie mindestens {min} der 7 Aussagen, damit Ihre Antwort zählt – noch {more}. Den Rest können Sie überspringen.',
  'server.pulse.notOpenYet':
    'Diese Pulsbefragung hat noch nicht begonnen. Sie können antworten, sobald sie beginnt; Teams benachrichtigt Sie.',
  'server.pulse.closed':
    'Diese Pulsbefragung ist beendet und nimmt keine Antworten mehr an. Achten Sie im Teamkanal auf die nächste.',
  'server.pulse.alreadyAnswered':
    'Sie haben diese Pulsbefragung bereits beantwortet – vielen Dank. Jede Person antwortet einmal, damit die Ergebnisse anonym bleiben.',
  'server.pulse.received':
    'Ihre Antwort ist eingegangen. Sie ist anonym: Sie wird ohne Ihren Namen und ohne Uhrzeit gespeichert, und Ergebnisse erscheinen nur als Teamsummen, sobald genug Personen geantwortet haben.',
  'server.pulse.notShared':
    'Die Ergebnisse dieser Pulsbefragung wurden nicht mit dem Team geteilt. Ein Teambesitzer kann sie nach dem Ende der Pulsbefragung teilen.',
  'server.pulse.notVisible':
    'Diese Pulsbefragung nimmt keine Antworten an, und ihre Ergebnisse wurden nicht mit dem Team geteilt. Sie erscheint im Teamkanal, sobald sie beginnt.',
  'server.pulse.alreadyStatus':
    'Diese Pulsbefragung ist bereits {status, select, scheduled {geplant} open {geöffnet} closed {beendet} other {storniert}}. Aktualisieren Sie die Registerkarte, um sie zu sehen.',
  'server.pulse.cannotCancel':
    'Diese Pulsbefragung ist bereits {status, select, scheduled {geplant} open {geöffnet} closed {beendet} other {storniert}} und kann nicht storniert werden. Aktualisieren Sie die Registerkarte, um sie zu sehen.',
  'server.pulse.shareBeforeClose':
    'Ergebnisse können erst nach dem Ende der Pulsbefragung geteilt werden. Beenden Sie sie zuerst, oder warten Sie, bis sie endet.',
  'server.pulse.nothingToShare':
    'Diese Pulsbefragung hat zu wenige Antworten für Ergebnisse, daher gibt es nichts zu teilen. Ergebnisse brauchen mindestens k Antworten, um die Anonymität zu schützen.',

  'server.results.stillOpen':
    'Ergebnisse erscheinen nach dem Ende der Pulsbefragung und nur, wenn genug Personen geantwortet haben, damit alle anonym bleiben.',
  'server.results.cancelled': 'Diese Pulsbefragung wurde storniert und hat daher keine Ergebnisse.',
  'server.results.notEnough':
    'Nicht genug Antworten, um die Anonymität zu schützen, daher bleiben die Ergebnisse verborgen. Ermutigen Sie das Team, die nächste Pulsbefragung zu beantworten; Ergebnisse erscheinen, sobald genug Personen teilnehmen.',

  'server.summary.untitledRetro': 'Retro',
  'server.summary.topTopics': 'Wichtigste Themen',
  'server.summary.actionItems': 'Maßnahmen',
  'server.summary.participation': 'Beteiligung',
  'server.summary.safetyCheck': 'Sicherheitscheck',
  'server.summary.roti': 'ROTI (Nutzen der investierten Zeit)',
  'server.summary.noTopics': 'Es wurden keine Themen besprochen.',
  'server.summary.untitledTopic': 'Thema ohne Titel',
  'server.summary.topic': '**{title}** ({votes, plural, one {# Stimme} other {# Stimmen}})',
  'server.summary.note': 'Notiz: {note}',
  'server.summary.noActions': 'Keine Maßnahmen.',
  'server.summary.action':
    '{text}: verantwortlich {owner}, fällig {due}{status, select, done { (erledigt)} dropped { (verworfen)} other {}}',
  'server.summary.tallyHidden': 'Nicht angezeigt: Weniger als {min} Personen haben geantwortet.',
  'server.summary.tallyStats':
    'Median {median, number, ::.#}, Mittelwert {mean, number, ::.#}, aus {answered, plural, one {# Antwort} other {# Antworten}}.',
  'server.summary.participants': 'Teilnehmende: {count}',
  'server.summary.cards': 'Karten: {count}',
  'server.summary.votes': 'Stimmen: {count}',
  'server.summary.safetyAnswers': 'Antworten zum Sicherheitscheck: {count}',
  'server.summary.rotiAnswers': 'ROTI-Antworten: {count}',
  'server.summary.safety.1': 'Ich fühle mich nicht sicher, über irgendetwas zu sprechen',
  'server.summary.safety.2': 'Ich überlasse es anderen, Probleme anzusprechen',
  'server.summary.safety.3': 'Über manches spreche ich, anderes fällt mir schwer',
  'server.summary.safety.4': 'Ich spreche über fast alles; weniges fällt mir schwer',
  'server.summary.safety.5': 'Ich spreche über alles',
  'server.summary.roti.1': 'Zeitverschwendung',
  'server.summary.roti.2': 'Etwas Nutzen, weniger als die investierte Zeit',
  'server.summary.roti.3': 'Ausgeglichen',
  'server.summary.roti.4': 'Guter Nutzen',
  'server.summary.roti.5': 'Sehr großer Nutzen, die Zeit wert',

  'server.csv.pulse': 'Pulsbefragung',
  'server.csv.closed': 'beendet',
  'server.csv.status': 'Status',
  'server.csv.responses': 'Antworten',
  'server.csv.invited': 'eingeladen',
  'server.csv.responseRate': 'Antwortquote',
  'server.csv.mean': 'Mittelwert (1-7)',
  'server.csv.intervalLow': 'Intervall unten',
  'server.csv.intervalHigh': 'Intervall oben',
  'server.csv.score': 'Wert (0-100)',
  'server.csv.favourable': 'positiv',
  'server.csv.neutral': 'neutral',
  'server.csv.unfavourable': 'negativ',
  'server.csv.itemMean': 'Aussage {item} Mittelwert',
  'server.csv.notEnoughResponses': 'nicht genug Antworten',
  'server.csv.released': 'freigegeben',
  'server.csv.noStatementReleased': 'keine Aussage hat genug Antworten',
  'server.csv.withheldFewAnswers': 'Nicht genug Antworten zu dieser Aussage',
  'server.csv.withheldProtectsAnother':
    'Ausgeblendet, damit sich eine Aussage mit zu wenigen Antworten nicht daraus ableiten lässt',
  'server.csv.retroHealth': 'Retro-Zustand',
  'server.csv.value': 'Wert',
  'server.csv.retrosHeld': 'durchgeführte Retros',
  'server.csv.actionsCreated': 'Maßnahmen erstellt',
  'server.csv.actionsDone': 'Maßnahmen erledigt',
  'server.csv.actionsOpen': 'Maßnahmen offen',
  'server.csv.actionsDropped': 'Maßnahmen verworfen',
  'server.csv.actionsOverdue': 'Maßnahmen überfällig',
  'server.csv.completionRate': 'Erledigungsquote bis Fälligkeit',
  'server.csv.rotiAnswers': 'ROTI-Antworten',
  'server.csv.rotiMean': 'ROTI-Mittelwert (1-5)',
  'server.csv.rotiAnswersOf': 'ROTI-Antworten mit {score}',
  'server.csv.averageParticipants': 'Teilnehmende im Schnitt',
  'server.csv.safetyMedian': 'Sicherheit Median {date}',
};

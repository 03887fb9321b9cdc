import type { Catalogue } from '../en/index.js';
import type { common as en } from '../en/common.js';

export const common: Catalogue<typeof en> = {
  'common.connecting': 'Verbindung mit Teams wird hergestellt…',
  'common.startFailed': 'Candor konnte nicht starten',
  'common.loading': 'Candor wird geladen…',
  'common.appName': 'Candor',
  'common.error.title': 'Etwas ist schiefgelaufen',
  'common.error.retry': 'Erneut versuchen',
  'common.error.generic':
    'In Candor ist etwas schiefgelaufen. Laden Sie die Registerkarte neu, und versuchen Sie es erneut.',
  'common.error.network':
    'Candor erreicht seinen Server nicht. Prüfen Sie Ihre Verbindung, und versuchen Sie es dann erneut.',
  'common.error.unauthenticated':
    'Candor konnte Sie nicht anmelden. Schließen Sie Candor in Teams, und öffnen Sie es erneut.',
  'common.error.forbidden':
    'Sie haben keinen Zugriff darauf. Bitten Sie einen Teambesitzer um Hilfe.',
  'common.error.rateLimited':
    'Candor ist gerade ausgelastet. Warten Sie einen Moment, und versuchen Sie es erneut.',
  'common.error.server':
    'Beim Candor-Server ist ein Problem aufgetreten (HTTP {status}). Versuchen Sie es gleich noch einmal.',
  'common.error.request':
    'Candor konnte diese Anfrage nicht verarbeiten (HTTP {status}). Laden Sie die Registerkarte neu, und versuchen Sie es erneut.',
  'common.error.invalidResponse':
    'Der Candor-Server hat eine Antwort gesendet, die diese Seite nicht versteht ({path}). Laden Sie die Registerkarte neu. Falls das wiederholt auftritt, wird die App eventuell gerade aktualisiert.',
  'common.connection.connecting': 'Verbindung für Live-Updates wird hergestellt…',
  'common.connection.live': 'Live',
  'common.connection.reconnecting': 'Verbindung wird wiederhergestellt…',
  'common.connection.failed': 'Live-Updates sind aus: {reason}',
  'common.connection.slow':
    'Verbindung für Live-Updates wird noch hergestellt. Wenn in diesem Browser mehrere Candor-Bereiche offen sind, schließen Sie einen: Über HTTP/1.1 öffnet ein Browser nur sechs Verbindungen zu einem Server.',
  'common.notInTeams.title': 'Candor in Microsoft Teams öffnen',
  'common.notInTeams.intro':
    'Candor läuft in Microsoft Teams: Es braucht Teams, um zu wissen, wer Sie sind und in welchem Team oder welcher Besprechung Sie sich befinden. Diese Seite wurde allein geöffnet, daher gibt es hier nichts anzuzeigen.',
  'common.notInTeams.steps': 'So verwenden Sie Candor:',
  'common.notInTeams.openTeams': 'Öffnen Sie Microsoft Teams.',
  'common.notInTeams.pulses':
    'Für Pulsbefragungen des Teams öffnen Sie den Kanal Ihres Teams und wählen die Registerkarte „Candor“ aus (oder fügen sie mit + hinzu).',
  'common.notInTeams.retros':
    'Für Retros nehmen Sie an der Besprechung teil und öffnen Candor über das Menü „Apps“.',
  'common.notInTeams.admin':
    'Wenn Candor noch nicht in Teams verfügbar ist, bitten Sie Ihren Teams-Administrator, es hinzuzufügen.',
  'common.role.owner': 'Besitzer',
  'common.role.guest': 'Gast',
  'common.members.you': '(Sie)',
  'common.members.heading': '{label} ({count})',
  'common.members.loading': 'Mitglieder werden geladen…',
  'common.members.loadFailed': 'Mitglieder konnten nicht geladen werden',
  'common.signedIn.as': 'Angemeldet als <b>{name}</b>',
  'common.signedIn.teamOwner': 'Besitzer dieses Teams',
  'common.signedIn.meetingOwner': 'Besitzer dieser Besprechung',
  'common.signedIn.teamGuest': 'Gast in diesem Team',
  'common.signedIn.meetingGuest': 'Gast in dieser Besprechung',
  'common.signedIn.teamMember': 'Mitglied dieses Teams',
  'common.signedIn.meetingMember': 'Teilnehmer dieser Besprechung',
  'common.stale.title': 'Mitgliedschaft evtl. veraltet',
  'common.stale.body':
    'Microsoft Teams war gerade nicht erreichbar, daher stammt diese Liste vom {when}. Neue oder ausgeschiedene Mitglieder fehlen evtl.; sie wird automatisch aktualisiert.',
  'common.stale.bodyUnknown':
    'Microsoft Teams war gerade nicht erreichbar, daher ist diese Liste älter. Neue oder ausgeschiedene Mitglieder fehlen evtl.; sie wird automatisch aktualisiert.',
  'common.host.startFailed':
    'Teams hat den Start von Candor nicht zugelassen ({reason}). Schließen Sie Candor, und öffnen Sie es erneut. Wenn das wiederholt auftritt, bitten Sie Ihren Administrator, die App neu zu installieren.',
  'common.host.stageNotInMeeting':
    'Das Teilen auf der Besprechungsbühne ist nur aus dem Seitenbereich einer laufenden Besprechung möglich ({reason}). Nehmen Sie an der Besprechung teil, und öffnen Sie Candor im Seitenbereich.',
  'common.host.stageNotPresenter':
    'Nur Referenten können auf der Besprechungsbühne teilen. Bitten Sie den Organisator, Sie zum Referenten zu machen, und versuchen Sie es dann erneut.',
  'common.host.stageFailed':
    'Teams konnte Candor nicht auf der Besprechungsbühne teilen (Fehler {code}). Versuchen Sie es gleich noch einmal.',
  'common.host.signInFailed':
    'Teams konnte Sie nicht bei Candor anmelden ({reason}). Öffnen Sie Candor erneut. Wenn das wiederholt auftritt, bitten Sie Ihren Administrator, der App die Einwilligung zu erteilen.',
  'common.host.saveFailed':
    'Teams hat die Einstellungen der Registerkarte nicht übernommen ({reason}). Versuchen Sie erneut zu speichern.',
};

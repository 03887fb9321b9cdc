/** English, shared by every surface: the shell, errors, dates. */
export const common = {
  'common.connecting': 'Connecting to Teams…',
  'common.startFailed': 'Candor could not start',
  'common.loading': 'Loading Candor…',
  'common.appName': 'Candor',
  'common.error.title': 'Something went wrong',
  'common.error.retry': 'Try again',
  'common.error.generic': 'Something went wrong in Candor. Reload the tab and try again.',
  'common.error.network':
    'Candor could not reach its server. Check your connection, then try again.',
  'common.error.unauthenticated': 'Candor could not sign you in. Close and reopen Candor in Teams.',
  'common.error.forbidden': 'You do not have access to this. Ask a team owner for help.',
  'common.error.rateLimited': 'Candor is busy right now. Wait a moment and try again.',
  'common.error.server': 'The Candor server had a problem (HTTP {status}). Try again in a moment.',
  'common.error.request':
    'Candor could not handle that request (HTTP {status}). Reload the tab and try again.',
  'common.error.invalidResponse':
    'The Candor server sent an answer this page does not understand ({path}). Reload the tab; if it keeps happening, the app may be mid-update.',
  'common.connection.connecting': 'Connecting for live updates…',
  'common.connection.live': 'Live',
  'common.connection.reconnecting': 'Reconnecting…',
  'common.connection.failed': 'Live updates are off: {reason}',
  'common.connection.slow':
    'Still connecting for live updates. If several Candor panels are open in this browser, close one: over HTTP/1.1 a browser opens only six connections to a server.',
  'common.notInTeams.title': 'Open Candor in Microsoft Teams',
  'common.notInTeams.intro':
    'Candor runs inside Microsoft Teams: it needs Teams to know who you are and which team or meeting you are in. This page was opened on its own, so there is nothing to show here.',
  'common.notInTeams.steps': 'To use Candor:',
  'common.notInTeams.openTeams': 'Open Microsoft Teams.',
  'common.notInTeams.pulses':
    "For team pulses, go to your team's channel and select the Candor tab (or add it with +).",
  'common.notInTeams.retros': 'For retros, join the meeting and open Candor from the Apps menu.',
  'common.notInTeams.admin': 'If Candor is not in Teams yet, ask your Teams admin to add it.',
  'common.role.owner': 'Owner',
  'common.role.guest': 'Guest',
  'common.members.you': '(you)',
  'common.members.heading': '{label} ({count})',
  'common.members.loading': 'Loading members…',
  'common.members.loadFailed': 'Members could not be loaded',
  'common.signedIn.as': 'Signed in as <b>{name}</b>',
  'common.signedIn.teamOwner': 'Owner of this team',
  'common.signedIn.meetingOwner': 'Owner of this meeting',
  'common.signedIn.teamGuest': 'Guest in this team',
  'common.signedIn.meetingGuest': 'Guest in this meeting',
  'common.signedIn.teamMember': 'Member of this team',
  'common.signedIn.meetingMember': 'Participant in this meeting',
  'common.stale.title': 'Membership may be out of date',
  'common.stale.body':
    'Microsoft Teams could not be reached just now, so this list is from {when}. Recent joiners or leavers may be missing; it refreshes on its own.',
  'common.stale.bodyUnknown':
    'Microsoft Teams could not be reached just now, so this list is from earlier. Recent joiners or leavers may be missing; it refreshes on its own.',
  'common.host.startFailed':
    'Teams did not let Candor start ({reason}). Close and reopen Candor; if it keeps happening, ask your admin to reinstall the app.',
  'common.host.stageNotInMeeting':
    'Sharing to the stage works only from the meeting side panel during a meeting ({reason}). Join the meeting and open Candor from the side panel.',
  'common.host.stageNotPresenter':
    'Only presenters can share to the stage. Ask the organiser to make you a presenter, then try again.',
  'common.host.stageFailed':
    'Teams could not share Candor to the stage (error {code}). Try again in a moment.',
  'common.host.signInFailed':
    'Teams could not sign you in to Candor ({reason}). Reopen Candor; if it keeps happening, ask your admin to grant the app consent.',
  'common.host.saveFailed': 'Teams did not accept the tab settings ({reason}). Try saving again.',
} as const;

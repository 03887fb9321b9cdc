/** Cards before the meeting (#16): opening the next retro from the meeting chat tab, and its reminder. */
export const early = {
  'early.open.heading': 'Cards before the meeting',
  'early.open.intro':
    'Open the next retro now, and everyone in this chat can add anonymous cards at their own pace. The cards stay hidden from everyone until the facilitator reveals them in the meeting.',
  'early.open.button': 'Open the next retro now',
  'early.form.title': 'Open the next retro',
  'early.form.who':
    'You will facilitate it. It opens at Gather; in the meeting you can still step back to Check-in or Review from the side panel.',
  'early.form.submit': 'Open for cards',
  'early.form.submitting': 'Opening…',
  'early.form.failed': 'The retro did not open',
  'early.remind.label': 'Remind this chat',
  'early.remind.none': 'No reminder',
  'early.remind.15m': '15 minutes before the meeting',
  'early.remind.1h': '1 hour before the meeting',
  'early.remind.1d': '1 day before the meeting',
  'early.remind.past': '{choice} (already past)',
  'early.remind.start':
    'The meeting starts {start}. The reminder goes to the activity feed of everyone in this chat, with no cards and no names in it.',
  'early.remind.loading': "Reading the meeting's start time…",
  'early.remind.noStart':
    "Teams did not give this meeting's start time, so there will be no reminder. Let people know in the chat instead.",
  'early.gather.heading': '{title}: open for cards',
  'early.gather.intro':
    'Add your cards before the meeting. You see your own cards; everyone else sees only how many there are, until the facilitator reveals them.',
  'early.gather.next':
    "When the meeting starts, open Candor in the meeting's side panel: the retro goes on from Gather with these cards. The facilitator can still step back to Check-in or Review first.",
  'early.gather.loading': 'Loading the open retro…',
  'early.gather.loadFailed': 'The open retro could not be loaded',
  'early.reminder.pending': "A reminder goes to this chat's activity feed {at}.",
  'early.reminder.sent': "The reminder went to this chat's activity feed.",
  'early.reminder.notSent': 'The reminder was not sent: the meeting began, or the retro moved on.',
  'early.server.startPast':
    "The meeting has already started, so there is nothing to remind anyone of. Pick No reminder, or run the retro from the meeting's side panel.",
  'early.server.startTooFar':
    'The meeting is more than 60 days away. Pick No reminder, or open the retro closer to the meeting.',
  'early.server.reminderPast':
    'That reminder time has already passed. Pick a shorter time before the meeting, or No reminder.',
} as const;

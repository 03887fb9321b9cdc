/** English text of the pulse area (docs/i18n.md). */
export const pulse = {
  'pulse.view.backToPulses': '← Back to pulses',
  'pulse.answer.title': 'Answer: {title}',
  'pulse.answer.doneBody':
    "<title>Your answer is in.</title> It's anonymous: it was stored without your name or the time, and nobody, owners included, can see what you answered. Results appear after the pulse closes, if at least {k} people answered.",
  'pulse.answer.backToPulses': 'Back to pulses',
  'pulse.answer.alreadyAnswered':
    "You've answered — thank you. Each person answers once so results stay anonymous.",
  'pulse.answer.notOpen': "This pulse is no longer open, so it can't take answers.",
  'pulse.answer.commentHint': "Optional. Don't include names or details that identify you.",
  'pulse.answer.notSent': 'Your answer was not sent',
  'pulse.answer.sending': 'Sending…',
  'pulse.answer.submit': 'Submit answers',
  'pulse.answer.allAtOnce': 'Show all statements on one screen',
  'pulse.answer.statements': 'Statements',
  'pulse.answer.back': 'Back',
  'pulse.answer.skip': 'Skip',
  'pulse.answer.next': 'Next',
  'pulse.scale.option': '{label} ({value})',
  'pulse.scale.low': '1 {label}',
  'pulse.scale.high': '7 {label}',
  'pulse.scale.choice': 'Your choice: {label}',
  'pulse.scale.skipped': 'Skipped',
  'pulse.scale.notAnswered': 'Not answered yet',
  'pulse.items.untranslated':
    'These statements are shown in English because no validated {language} translation of the scale is available; translating them ourselves would make scores incomparable.',
  'pulse.items.translationSource': 'Translation: <link>{citation}</link>',
  'pulse.anonymity.summary': 'How anonymity works',
  'pulse.anonymity.stored':
    "Your answers are stored without your name or the time you answered. Candor keeps only a sealed note that you took part, so you can answer once, and that note can't be linked to your answers.",
  'pulse.anonymity.owners':
    'Owners never see individual answers, and no live count while a pulse is open: only whether enough people have answered.',
  'pulse.anonymity.threshold':
    "Results appear only after the pulse closes, and only when at least the pulse's threshold of people (at least 3, usually 5) answered. Otherwise owners see only how many were invited.",
  'pulse.anonymity.comments':
    'Comments on the open question are shown to owners only when at least {count} people answered, and are never shared with the team.',
  'pulse.anonymity.noFilters': 'There are no filters that split the team into smaller groups.',
  'pulse.anonymity.source':
    'The seven statements come from <link>Edmondson (1999), Administrative Science Quarterly 44(2)</link>.',
  'pulse.config.addChannel': 'Add to this channel',
  'pulse.config.addMeeting': 'Add to this meeting',
  'pulse.config.addsHeading': 'What Candor adds here',
  'pulse.config.channelBody':
    'Team owners schedule short, anonymous pulses; everyone sees how the team is trending, and no answer can be traced back to a person.',
  'pulse.config.meetingBody':
    'Run a structured retro with everyone in the meeting from the side panel, and share the board to the stage.',
  'pulse.config.selectSave': 'Select Save to add the tab.',
  'pulse.config.checking': 'Checking who you are…',
  'pulse.config.membershipError': 'Could not check your membership',
  'pulse.config.notSaved': 'The tab was not saved',
  'pulse.content.noScopeTitle': 'Candor needs a team or a meeting',
  'pulse.content.noScopeBody':
    'Add Candor as a tab in a team channel for pulses, or to a meeting for retros.',
  'pulse.content.meeting': 'Meeting',
  'pulse.content.team': 'Team',
  'pulse.content.loadingRetros': 'Loading retros…',
  'pulse.content.teamMembers': 'Team members',
  'pulse.results.withheldFew': 'Not enough answers to this statement',
  'pulse.results.withheldProtects':
    'Hidden so that a statement with too few answers cannot be worked out from it',
  'pulse.results.withheldFewWhy':
    ' Fewer people answered it than the pulse needs to keep everyone anonymous.',
  'pulse.results.withheldProtectsWhy':
    ' Its numbers could reveal those of a statement that too few people answered.',
  'pulse.results.reverseScored': 'Reverse-scored: shown so higher is better',
  'pulse.results.reversedInline': ' ({note})',
  'pulse.results.perStatement': 'Results per statement',
  'pulse.results.itemScore': 'Score <num>{score}</num> of 100',
  'pulse.results.sideBySide': 'All statements side by side',
  'pulse.results.colStatement': 'Statement',
  'pulse.results.colScore': 'Score (0–100)',
  'pulse.results.colFavourable': 'Favourable',
  'pulse.results.colNeutral': 'Neutral',
  'pulse.results.colUnfavourable': 'Unfavourable',
  'pulse.config.channelAdds': 'Anonymous psychological-safety pulses and team trends.',
  'pulse.config.meetingAdds': 'Retros in the meeting side panel.',
  'pulse.answer.position': '{position}. ',
  'pulse.results.title': 'Results: {title}',
  'pulse.results.loading': 'Loading results…',
  'pulse.results.loadError': 'Results could not be loaded',
  'pulse.results.notEnough': 'Not enough responses to protect anonymity',
  'pulse.results.stillOpen': 'Results appear after the pulse closes',
  'pulse.results.cancelled': 'This pulse was cancelled',
  'pulse.results.invited':
    '{count, plural, one {# person was invited.} other {# people were invited.}}',
  'pulse.results.sharedState': 'Shared with the team, without comments.',
  'pulse.results.stopSharing': 'Stop sharing',
  'pulse.results.ownersOnly': 'Only owners see these results.',
  'pulse.results.share': 'Share results with the team',
  'pulse.results.actionFailed': "That didn't work",
  'pulse.results.shareTitle': 'Share these results with the team?',
  'pulse.results.shareMessage':
    "All {count, plural, one {# member} other {# members}} of this team will see, in this tab: the team score and its range, how the answers split, what to talk about next and each statement's results. They never see the comments, and nobody sees who answered what. You can stop sharing at any time, but anyone who has read the results will remember them.",
  'pulse.results.shareConfirm': 'Share with the team',
  'pulse.results.shareDismiss': 'Not now',
  'pulse.results.unshareTitle': 'Stop sharing these results?',
  'pulse.results.unshareMessage':
    'Members will no longer see these results or this pulse in the tab, and it drops out of their trends. Owners still see everything. You can share again later.',
  'pulse.results.unshareConfirm': 'Yes, stop sharing',
  'pulse.results.unshareDismiss': 'Keep sharing',
  'pulse.section.count': ' ({count})',
  'pulse.section.showMore': 'Show {count} more ({rest} not shown)',
} as const;

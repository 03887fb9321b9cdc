/** English text of the retro area (docs/i18n.md): the board in the side panel and on the stage. */
export const retro = {
  // Built-in formats (shared/retro/templates.ts): only the shown text; stored ids stay as they are.
  'retro.template.startStopContinue': 'Start / Stop / Continue',
  'retro.template.madSadGlad': 'Mad / Sad / Glad',
  'retro.template.fourLs': '4Ls',
  'retro.template.sailboat': 'Sailboat',
  'retro.column.start.title': 'Start',
  'retro.column.start.prompt': 'What should we start doing?',
  'retro.column.stop.title': 'Stop',
  'retro.column.stop.prompt': 'What should we stop doing?',
  'retro.column.continue.title': 'Continue',
  'retro.column.continue.prompt': 'What should we keep doing?',
  'retro.column.mad.title': 'Mad',
  'retro.column.mad.prompt': 'What frustrated you?',
  'retro.column.sad.title': 'Sad',
  'retro.column.sad.prompt': 'What disappointed you?',
  'retro.column.glad.title': 'Glad',
  'retro.column.glad.prompt': 'What made you happy?',
  'retro.column.liked.title': 'Liked',
  'retro.column.liked.prompt': 'What did you like?',
  'retro.column.learned.title': 'Learned',
  'retro.column.learned.prompt': 'What did you learn?',
  'retro.column.lacked.title': 'Lacked',
  'retro.column.lacked.prompt': 'What was missing?',
  'retro.column.longedFor.title': 'Longed for',
  'retro.column.longedFor.prompt': 'What did you wish for?',
  'retro.column.wind.title': 'Wind',
  'retro.column.wind.prompt': 'What pushed us forward?',
  'retro.column.anchors.title': 'Anchors',
  'retro.column.anchors.prompt': 'What held us back?',
  'retro.column.rocks.title': 'Rocks',
  'retro.column.rocks.prompt': 'What risks lie ahead?',
  'retro.column.island.title': 'Island',
  'retro.column.island.prompt': 'Where do we want to get to?',
  'retro.column.other': 'Other',

  // Shared by several phases
  'retro.board.cardsIn': 'Cards in {name}',
  'retro.board.failed': 'That did not work',
  'retro.board.author': '— {name}',
  'retro.board.note': '📝 {note}',
  'retro.board.votes': '{count, plural, one {# vote} other {# votes}}',
  'retro.board.untitledGroup': 'Untitled group {number}',
  'retro.board.drafts':
    'Your unsent card text ({columns}) is kept. It will be there if the retro goes back to gathering.',

  // Gather
  'retro.gather.anonymous':
    'Cards are anonymous. Nobody sees their text until the facilitator reveals them.',
  'retro.gather.named': 'Cards show their author after the reveal.',
  'retro.gather.hidden':
    '{count, plural, one {# card from others} other {# cards from others}} (hidden until the reveal)',
  'retro.gather.newCard': 'New card for {column}',
  'retro.gather.keys': 'Enter adds · Shift+Enter for a new line',
  'retro.gather.addCard': 'Add card',
  'retro.gather.notAdded': 'The card was not added',
  'retro.gather.editCard': 'Edit card',
  'retro.gather.yourCard': 'Your card',
  'retro.gather.edit': 'Edit',
  'retro.gather.delete': 'Delete',
  'retro.gather.save': 'Save',
  'retro.gather.cancel': 'Cancel',

  // Custom columns (start form)
  'retro.columns.legend': 'Columns ({count} of {min}–{max})',
  'retro.columns.title': 'Column {number} title',
  'retro.columns.prompt': 'Column {number} prompt',
  'retro.columns.remove': 'Remove column {number}',
  'retro.columns.add': 'Add column',

  // Group
  'retro.group.help':
    'Drag a card by its handle (⠿) onto a group or “New group”, or use its ⋯ menu. Then name each group.',
  'retro.group.moveFailed': 'The move did not work',
  'retro.group.newGroup': 'New group',
  'retro.group.dropHere': 'Drop the card here to start a group.',
  'retro.group.dragHere': 'Drag a card here to start a group.',
  'retro.group.cardCount': '({count, plural, one {# card} other {# cards}})',
  'retro.group.renameGroup': 'Rename {name}',
  'retro.group.rename': 'Rename',
  'retro.group.nameOf': 'Name of {name}',
  'retro.group.namePlaceholder': 'Name this group',
  'retro.group.ungroupedCards': 'Ungrouped cards',
  'retro.group.notInGroup': 'Not in a group ({count})',
  'retro.group.allGrouped':
    'Every card is in a group. Drop a card here to take it out of its group.',
  'retro.group.columnCount': '{column} ({count})',
  'retro.group.ungroupedIn': 'Ungrouped cards in {column}',
  'retro.group.column': 'Column: {column}',
  'retro.group.showAll': 'Show all',
  'retro.group.showLess': 'Show less',
  'retro.group.dragCard': 'Drag card: {card}',
  'retro.group.moveTo': 'Move to…',
  'retro.group.moveCard': 'Move to… ({card})',
  'retro.group.ungroup': 'Ungroup',
  'retro.group.intoGroup': 'Into a group',
  'retro.dnd.instructions':
    'To move a card, press Space on its handle, use the up and down arrow keys to reach a group or "New group", and press Space again. Escape cancels. Or use the card\'s "Move to…" menu.',
  'retro.dnd.pickedUp': 'Picked up {known, select, yes {card "{card}"} other {card}}.',
  'retro.dnd.over':
    '{known, select, yes {card "{card}"} other {card}} is over {target, select, ungrouped {ungrouped cards} new {a new group} group {group "{group}"} other {nowhere}}.',
  'retro.dnd.overNothing': '{known, select, yes {card "{card}"} other {card}} is over nothing.',
  'retro.dnd.dropped':
    'Dropped {known, select, yes {card "{card}"} other {card}} into {target, select, ungrouped {ungrouped cards} new {a new group} group {group "{group}"} other {nowhere}}.',
  'retro.dnd.droppedNowhere':
    'Dropped {known, select, yes {card "{card}"} other {card}}; it stays put.',
  'retro.dnd.cancelled': 'Cancelled. {known, select, yes {card "{card}"} other {card}} stays put.',

  // Vote
  'retro.vote.left': '{left} of {budget, plural, one {# vote} other {# votes}} left',
  'retro.vote.cap': 'Up to {cap} per group. Totals show when voting ends.',
  'retro.vote.voted': '{voted, plural, other {# of {total} have voted}}',
  'retro.vote.notCounted': 'The vote did not count',
  'retro.vote.groups': 'Groups to vote on',
  'retro.vote.remove': 'Remove a vote from {name}',
  'retro.vote.add': 'Add a vote to {name}',
  'retro.vote.mineLabel': 'Your votes on {name}: {count}',
  'retro.vote.mine': 'Your votes: {count}',
  'retro.vote.total': 'Total: {count, plural, one {# vote} other {# votes}}',

  // Discuss
  'retro.discuss.first': 'First topic',
  'retro.discuss.next': 'Next topic',
  'retro.discuss.last': 'That was the last topic.',
  'retro.discuss.topics': 'Topics by votes',
  'retro.discuss.now': 'Now discussing',
  'retro.discuss.discussThis': 'Discuss this now',
  'retro.discuss.card': '• {text}',
  'retro.discuss.notesOn': 'Notes on {name}',
  'retro.discuss.noteOn': 'Note on {name}',
  'retro.discuss.addNote': 'Add note',

  // Answers on a 1–5 scale (safety check, ROTI)
  'retro.scale.option': '{value}: {label}',
  'retro.tally.waiting':
    '{answered} answered. The results show once {threshold} people have answered.',
  'retro.tally.summary': '{answered} answered · median {median}',
  'retro.tally.bar': '{score}: {count}',

  // Sharing to the meeting stage
  'retro.share.presentersOnly':
    'Only presenters can share to the stage. Ask the organiser to make you a presenter, then try again.',
  'retro.share.busy': 'Sharing to the stage…',
  'retro.share.done': 'The board is on the meeting stage for everyone.',

  // The meeting stage
  'retro.stage.noMeeting': 'This stage has no meeting',
  'retro.stage.noMeetingFix': 'Share Candor to the stage again from the meeting side panel.',
  'retro.stage.loadingBoard': 'Loading the board…',
  'retro.stage.finding': 'Looking for the retro…',
  'retro.stage.notFound': 'The retro could not be found',
  'retro.stage.noRetro': 'No retro is running in this meeting yet. Start one from the side panel.',
  'retro.stage.loading': 'Loading the retro…',
  'retro.stage.notLoaded': 'The retro could not be loaded',
  'retro.stage.heading': '{title}: {phase}',
  'retro.stage.timeUp': "Time's up",
  'retro.stage.status': 'Facilitator: {name} · {ready} of {total} ready',
  'retro.stage.statusEnded':
    'Facilitator: {name} · {ready} of {total} ready · This retro has ended.',
  'retro.stage.board': 'Board',
  'retro.stage.safety': 'Safety check',
  'retro.stage.safetyAnswers': 'Safety check answers',
  'retro.stage.noActions': 'No action items yet.',
  'retro.stage.actions': 'Action items',
  'retro.stage.action':
    '{owner} · due {due} · {status, select, open {open} done {done} other {dropped}}',
  'retro.stage.columns': 'Columns',
  // The e2e tests read "1 cards" here today; English stays as it is (docs/i18n.md).
  'retro.stage.cards': '{count, plural, one {# card} other {# cards}}',
  'retro.stage.roti': 'Return on time invested',
  'retro.stage.rotiAnswers': 'Return on time invested answers',
  'retro.stage.summaryWhere': 'The summary will be in the meeting chat’s Candor tab.',
  'retro.stage.topics': 'Topics',
  'retro.stage.notGrouped': 'Not grouped yet',
} as const;

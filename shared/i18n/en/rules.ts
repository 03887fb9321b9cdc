/**
 * The retro rule book's refusals (`shared/retro/machine.ts`, `votes.ts`). `{action}` is one of the
 * `rules.action.*` phrases and `{during}`/`{now}` are phase names, each translated first.
 */
export const rules = {
  'rules.ended': 'This retro has ended, so nothing more can change. Start a new retro to go on.',
  'rules.facilitatorOnly':
    'Only the facilitator can {action}. Ask the facilitator, or take over if they have left.',
  'rules.alreadyFacilitator': 'You are already the facilitator.',
  'rules.facilitatorPresent':
    'The facilitator is still here. You can take over once they have been away for a while.',
  'rules.wrongPhase': 'You can {action} only during {during}. The retro is in {now} now.',
  'rules.lastPhase': 'This is the last phase. To finish, end the retro.',
  'rules.firstPhase': 'This is the first phase, so there is nothing to go back to.',
  'rules.alreadyRevealed': 'The cards are already revealed.',
  'rules.vote.noneToTakeBack': 'You have no vote on this topic to take back.',
  'rules.vote.budgetUsed':
    '{budget, plural, one {You have used your only vote.} other {You have used all # of your votes.}} Take one back from another topic to vote here.',
  'rules.vote.capReached':
    '{cap, plural, one {A topic can get at most # of your votes.} other {A topic can get at most # of your votes.}} Spend the rest on other topics.',
  'rules.action.advance': 'move to the next phase',
  'rules.action.back': 'go back a phase',
  'rules.action.reveal': 'reveal the cards',
  'rules.action.focusTopic': 'choose the topic in focus',
  'rules.action.startTimer': 'start the timer',
  'rules.action.stopTimer': 'stop the timer',
  'rules.action.handOver': 'hand over facilitation',
  'rules.action.end': 'end the retro',
  'rules.action.takeOver': 'take over facilitation',
  'rules.action.setReady': 'mark yourself ready',
  'rules.action.answerSafety': 'answer the safety check',
  'rules.action.reviewItem': 'update earlier action items',
  'rules.action.addCard': 'add cards',
  'rules.action.editCard': 'edit cards',
  'rules.action.deleteCard': 'delete cards',
  'rules.action.moveCard': 'move cards between groups',
  'rules.action.createGroup': 'create groups',
  'rules.action.nameGroup': 'name groups',
  'rules.action.vote': 'vote',
  'rules.action.addNote': 'add notes',
  'rules.action.addAction': 'add action items',
  'rules.action.updateAction': 'change action items',
  'rules.action.deleteAction': 'delete action items',
  'rules.action.answerRoti': 'rate the retro',
  'rules.action.setCheckinQuestion': 'choose the check-in question',
  'rules.action.showCheckinAnswers': 'show the check-in answers',
  'rules.action.answerCheckin': 'answer the check-in question',
  'rules.action.setPostSummary': 'choose whether the summary is posted in the meeting chat',
} as const;

/** A released pulse's figures sent as discussion prompts into the next retro's Review (#16). */
export const prompts = {
  'prompts.error.notClosed':
    'This pulse is still open. Send it to a retro once it has closed and its results are in.',
  'prompts.error.notReleased':
    'This pulse has too few responses to show results, so there is nothing to send to a retro.',
  'prompts.error.noStatements':
    'No statement has enough answers to show, so there is nothing to send to a retro.',
  'prompts.error.noMeetings':
    'This team has no retro meetings yet. Add the meetings where it holds retros under Trends, “Meetings in these trends”, then send again.',
  'prompts.send.title': 'Talk about it in the next retro',
  'prompts.send.body':
    'Send the two lowest statements and the change since the last pulse to the Review phase of the next retro in this team’s meetings. Everyone in those meetings sees these team figures, including people outside the team; no answer or comment is sent.',
  'prompts.send.button': 'Send to the next retro',
  'prompts.send.sending': 'Sending…',
  'prompts.send.failed': 'Not sent to the retro',
  'prompts.send.done':
    '{count, plural, one {Sent to # meeting series.} other {Sent to # meeting series.}} The figures appear in the Review of the next retro started there.',
  'prompts.review.title': 'From the last pulse: {title}',
  'prompts.review.closed': 'Closed {date}. Team score {score} of 100.',
  'prompts.review.lowest': 'The statements that scored lowest',
  'prompts.review.statementScore': '{score} of 100',
  'prompts.review.change':
    '{direction, select, up {Up {points} points since the pulse before.} down {Down {points} points since the pulse before.} other {No clear change since the pulse before.}}',
  'prompts.review.guideTitle': 'How to talk about it',
  'prompts.review.guide.frame':
    'Set the stage: these are the team’s numbers, not anyone’s answers. We look at them to learn how we work together, not to find out who said what.',
  'prompts.review.guide.ask':
    'Invite, then listen: ask “What makes this hard here?” and “What would help?” because you want to know. The facilitator speaks last.',
  'prompts.review.guide.respond':
    'Respond with appreciation: thank whoever speaks up, and treat a hard story as information, not as blame.',
  'prompts.review.guide.never':
    'Never guess who answered what. The pulse is anonymous, and the conversation stays that way.',
  'prompts.review.source':
    'After Edmondson’s tool kit for leaders: set the stage, invite participation, respond productively. A. C. Edmondson (2019), The Fearless Organization, Wiley, ch. 7.',
} as const;

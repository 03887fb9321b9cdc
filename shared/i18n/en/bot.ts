/** English text of the bot area (docs/i18n.md): the summary card in the meeting chat, and its setting. */
export const bot = {
  'bot.card.title': 'Retro summary: {title}',
  'bot.card.untitledRetro': 'Retro',
  'bot.card.ended': 'Ended {date}',
  'bot.card.topTopics': 'Top topics',
  'bot.card.topic': '{title} ({votes, plural, one {# vote} other {# votes}})',
  'bot.card.untitledTopic': 'Untitled topic',
  'bot.card.noTopics': 'No topics to show.',
  'bot.card.hiddenTopics': 'The cards were never revealed, so the topics stay private.',
  'bot.card.actionItems': 'Action items',
  'bot.card.action': '{owner}: {text}',
  'bot.card.due': 'Due {due}',
  'bot.card.noActions': 'No action items.',
  'bot.card.roti':
    'Return on time invested: {mean} of 5 on average ({answered, plural, one {# answer} other {# answers}})',
  'bot.card.openSummary': 'Open the summary',
  'bot.card.fallback': 'The retro summary from Candor: {title}',
  'bot.setting.postSummary': 'Post a summary card in the meeting chat when the retro ends',
  'bot.setting.postSummaryMenu': 'Post the summary in the chat',
  'bot.setting.postSummaryHint':
    'Top topics, action items with their owners, and ROTI. Hidden card text is never posted.',
  'bot.auth.noToken':
    'This endpoint is for the Bot Connector: send its token in the Authorization header after "Bearer ".',
  'bot.auth.expired': 'The Bot Connector token has expired. Send a fresh one.',
  'bot.auth.claim':
    'The Bot Connector token is not for this bot (its "{claim}" claim does not match). Check that the Azure Bot resource uses this app registration.',
  'bot.auth.badToken':
    'The Bot Connector token could not be verified against the Bot Framework signing keys.',
  'bot.auth.endorsement':
    'The Bot Connector token was signed with a key that is not endorsed for the {channel} channel.',
  'bot.auth.serviceUrl':
    'The Bot Connector token was issued for another service URL than the activity names.',
  'bot.auth.unavailable':
    'The Bot Framework signing keys could not be read just now. Try again in a minute.',
  'bot.activity.malformed': 'The activity is not one Candor understands: {detail}',
} as const;

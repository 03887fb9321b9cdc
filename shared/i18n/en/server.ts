/** English text of the server area (docs/i18n.md): error replies, the summary, the CSV. */

// One clause for "try again in …", used inside several sentences as an ICU select.
const wait =
  '{waitUnit, select, second {in {wait, plural, one {# second} other {# seconds}}} minute {in {wait} minutes} other {in {wait} hours}}';

export const server = {
  // Fallback for a sentence that still comes in English from elsewhere (the retro rules).
  'server.error.internal':
    'Something went wrong on our side and this change may not have been saved. Try again; if it keeps failing, tell your admin the reference {reference}.',
  'server.error.invalidRequest':
    'The request is invalid{hasPath, select, yes { at "{path}"} other {}}: {detail}. Fix it and try again.',
  'server.error.invalidRequestUnknown': 'unknown problem',
  'server.error.nothingAt': 'Nothing is at {method} {path}.',
  'server.error.badUrl':
    'The address is not valid: it has a broken %-escape. Reload Candor and try again; if you typed the address, check it.',
  'server.error.paramTooLong':
    'A part of the address is longer than Candor accepts. Reload Candor and try again.',
  'server.error.bodyTooLarge':
    'This request is larger than Candor accepts (256 KB). Shorten the text and try again.',
  'server.error.jsonOnly':
    'Candor accepts request bodies as JSON only. Send the body with Content-Type: application/json.',
  'server.error.contentLength':
    'The request body is not as long as its Content-Length header says. Send the request again.',
  'server.error.emptyJson':
    'The request says it holds JSON but its body is empty. Send a JSON body, or leave out the Content-Type header.',
  'server.error.invalidJson':
    'The request body is not valid JSON, or it uses a reserved key (__proto__ or constructor). Fix the body and try again.',
  'server.error.unreadable':
    'Candor could not read this request. Reload Candor and try again; if it keeps failing, tell your admin.',
  'server.error.busy': 'Candor is busy right now. Wait a moment and try again.',
  'server.error.requestTimeout':
    'The request took too long to arrive. Check your connection and try again.',
  'server.error.headersTooLarge':
    'The request headers are larger than Candor accepts. Reload Candor and try again.',
  'server.error.brokenAddress':
    'The address holds a control or broken character, so it names nothing in Candor. Reload Candor and try again.',
  'server.error.tooManyRequests': `Candor received too many requests from {who, select, you {you} organisation {your organisation} other {this network address}} in a short time. Try again ${wait}.`,
  'server.error.idempotencyKeyReused':
    'This Idempotency-Key was already used for a different change. Send a new unique key with each change.',
  'server.error.idempotencyKeyMissing':
    'Every retro change needs an Idempotency-Key header, so a retry never adds a card or vote twice. Send a fresh unique key with each change.',
  'server.error.idempotencyKeyMalformed':
    'The Idempotency-Key header must be 1 to 200 letters, digits, dots, colons, dashes or underscores. Send a UUID.',

  'server.auth.noToken':
    'This request has no sign-in token. Reopen Candor inside Teams so it can sign you in.',
  'server.auth.required': 'Sign-in is required. Reopen Candor in Teams to sign in again.',
  'server.auth.tenantNotAllowed':
    'Your organisation is not allowed to use this Candor server. Ask your IT admin to add your tenant to ENTRA_ALLOWED_TENANTS, or use the Candor your organisation runs.',
  'server.auth.notJwt':
    'The sign-in token is malformed (not a JWT). Close and reopen Candor in Teams to sign in again.',
  'server.auth.algorithmNamed':
    'The sign-in token uses an unsupported signing algorithm ({alg}); only RS256 tokens from Microsoft Entra ID are accepted. Close and reopen Candor in Teams to sign in again.',
  'server.auth.noTenant':
    'The sign-in token has no valid tenant id (tid), so it is not an Entra ID work or school token. Close and reopen Candor in Teams to sign in again.',
  'server.auth.appToken':
    'This token was issued to an application, not a signed-in user. Call Candor with a delegated user token for the access_as_user scope.',
  'server.auth.noScope':
    "The sign-in token does not grant Candor's {scope} scope. Ask your IT admin to consent to Candor's API permission, then reopen Candor in Teams.",
  'server.auth.noOid':
    'The sign-in token has no user object id (oid). Close and reopen Candor in Teams to sign in again.',
  'server.auth.expired':
    'Your sign-in has expired. Close and reopen Candor in Teams to sign in again.',
  'server.auth.wrongAudience':
    "The sign-in token is for a different application (wrong audience). Request a token for Candor's API ({audience}). Close and reopen Candor in Teams to sign in again.",
  'server.auth.wrongIssuer':
    "The sign-in token was not issued by this server's Microsoft Entra authority for your tenant (wrong issuer). Candor accepts v2.0 tokens only: the app registration needs accessTokenAcceptedVersion 2. Close and reopen Candor in Teams to sign in again.",
  'server.auth.claim':
    'The sign-in token is not valid yet or is incomplete ({claim}). Close and reopen Candor in Teams to sign in again.',
  'server.auth.unknownKey':
    'The sign-in token was signed with a key Microsoft Entra ID does not publish (unknown signing key). Close and reopen Candor in Teams to sign in again.',
  'server.auth.badSignature':
    "The sign-in token's signature is invalid. Close and reopen Candor in Teams to sign in again.",
  'server.auth.algorithm':
    'The sign-in token uses an unsupported signing algorithm. Close and reopen Candor in Teams to sign in again.',
  'server.auth.malformed':
    'The sign-in token is malformed. Close and reopen Candor in Teams to sign in again.',
  'server.auth.unavailable':
    'Candor cannot reach the Microsoft sign-in service to check your sign-in right now. Try again in a minute; if it keeps happening, ask your IT admin to check that the server can reach ENTRA_AUTHORITY_HOST.',

  'server.access.notTeamMember':
    'You are not a member of this team. Ask a team owner to add you, then reopen the tab.',
  'server.access.notChatMember':
    'You are not a participant of this meeting chat. Ask the organiser to invite you, then reopen Candor.',
  'server.access.ownersOnly': 'Only team owners can do this. Ask a team owner for help.',
  'server.graph.cannotSeeTeam':
    "Candor can't see this team. Ask a team owner to add Candor to the team (install the app there), then reopen the tab.",
  'server.graph.cannotSeeChat':
    "Candor can't see this meeting chat. Ask the organiser to add Candor to the meeting, then reopen it.",
  'server.graph.unavailable':
    "Candor can't read Teams membership from Microsoft 365 right now. Try again in a minute.",
  'server.graph.tokenUnavailable':
    'Candor cannot get access to Microsoft Graph right now, so it cannot read Teams membership. Try again shortly; if it keeps happening, ask your IT admin to check that the server can reach ENTRA_AUTHORITY_HOST.',
  'server.graph.badCredentials':
    "Microsoft Entra ID rejected Candor's app credentials ({detail}). Ask your IT admin to check ENTRA_CLIENT_ID and ENTRA_CLIENT_SECRET: the client secret may be wrong or expired.",
  'server.graph.tenantRefused':
    'Microsoft Entra ID refused Candor for your organisation ({detail}). Ask your IT admin to install Candor and grant its permissions in your tenant, and to check ENTRA_CLIENT_ID.',
  'server.graph.tokenServerError':
    "Microsoft Entra ID could not issue Candor a token right now ({detail}). Try again shortly; if it keeps happening, ask your IT admin to check Candor's app registration.",

  'server.live.tooManyStreams':
    'You already have {max} live connections open, the most one person may. Close Candor in other windows or tabs, then try again in {seconds} seconds.',
  'server.live.badRoom':
    'The live-update room id is malformed. Use {teamForm} or {chatForm}, URL-encoded in the path.',
  'server.live.badLastEventId':
    'Last-Event-ID (or ?after=) must be the number of the last event received. Reconnect without it to start over.',
  'server.live.unknownRoomKind':
    'Live updates for "{kind}" rooms are not available on this server. Update Candor, then reopen it.',

  'server.retro.notFound':
    'This retro was not found. Check the link, or open Candor from the meeting to see its current retro.',
  'server.retro.cardGone': 'That card is no longer in this retro. Refresh the board and try again.',
  'server.retro.groupGone':
    'That group is no longer in this retro. Refresh the board and try again.',
  'server.retro.notYourCard':
    'You can {action, select, edit {edit} other {delete}} only your own cards. Add a card of your own instead.',
  'server.retro.notChatMember':
    "That person is not a participant of this meeting chat. Pick someone from the meeting's participants.",
  'server.retro.unknownColumn':
    'That column is not on this board. Refresh the board and try again.',
  'server.retro.tooManyCards':
    'This retro already holds {max, number} cards, the most one retro can. Group or delete cards, or start another retro.',
  'server.retro.notUpForReview':
    'That action item is not up for review in this retro. Refresh the list and try again.',
  'server.retro.notOwnerOrFacilitator':
    "Only the item's owner or the facilitator can change its status. Ask one of them.",
  'server.retro.actionGone':
    'That action item is no longer in this retro. Refresh the list and try again.',
  'server.retro.alreadyFacilitator': 'That person is already the facilitator. Pick someone else.',
  'server.retro.alreadyRunning':
    'A retro is already running in this meeting: "{title}". Join it from the side panel, or ask its facilitator to end it before starting another.',
  'server.retro.summaryNotReady':
    'The summary is ready in the Close phase. Ask the facilitator to move on to Close or end the retro.',

  'server.pulse.notFound':
    'This pulse was not found. Check the link, or open Candor in the team channel to see its pulses.',
  'server.pulse.closingPassed':
    'The closing time has already passed. Pick a closing time in the future.',
  'server.pulse.kTooHigh':
    'The anonymity threshold k is {k}, but the team has only {teamSize} members, so results could never show. Choose a k between 3 and {teamSize}.',
  'server.pulse.closesTooLate':
    'A {recurrence, select, weekly {weekly} biweekly {two-weekly} other {monthly}} pulse must close within {days} days of opening, before the next one opens. Choose an earlier closing time.',
  'server.pulse.tooManyPulses': `This team has created {perDay} pulses in the last 24 hours, the most Candor allows. Try again ${wait}, or edit or cancel a pulse that is already scheduled.`,
  'server.pulse.tooFewAnswers':
    'Please answer at least {min} of the 7 statements so your answer can count — {more} more to go. You can skip the rest.',
  'server.pulse.notOpenYet':
    'This pulse is not open yet. You can answer once it opens; Teams will notify you.',
  'server.pulse.closed':
    'This pulse is closed, so it no longer takes answers. Watch for the next one in the team channel.',
  'server.pulse.alreadyAnswered':
    "You've already answered this pulse — thank you. Each person answers once so results stay anonymous.",
  'server.pulse.received':
    "Your answer is in. It's anonymous: it is stored without your name or the time, and results show only as team totals once enough people answer.",
  'server.pulse.notShared':
    "The results of this pulse haven't been shared with the team. A team owner can share them after the pulse closes.",
  'server.pulse.notVisible':
    'This pulse is not open for answers, and its results have not been shared with the team. It shows in the team channel when it opens.',
  'server.pulse.alreadyStatus':
    'This pulse is already {status, select, scheduled {scheduled} open {open} closed {closed} other {cancelled}}. Refresh the tab to see it.',
  'server.pulse.cannotCancel':
    "This pulse is already {status, select, scheduled {scheduled} open {open} closed {closed} other {cancelled}}, so it can't be cancelled. Refresh the tab to see it.",
  'server.pulse.shareBeforeClose':
    'Results can be shared only after the pulse closes. Close it first, or wait until it closes.',
  'server.pulse.nothingToShare':
    'This pulse has too few responses to show results, so there is nothing to share. Results need at least k answers to protect anonymity.',
  'server.results.stillOpen':
    'Results appear after the pulse closes, and only if enough people answered to keep everyone anonymous.',
  'server.results.cancelled': 'This pulse was cancelled, so it has no results.',
  'server.results.notEnough':
    'Not enough responses to protect anonymity, so the results stay hidden. Encourage the team to answer the next pulse; results show once enough people take part.',

  // The Markdown summary of a retro: people's words (titles, cards, notes, actions) go in as values.
  'server.summary.untitledRetro': 'Retro',
  'server.summary.topTopics': 'Top topics',
  'server.summary.actionItems': 'Action items',
  'server.summary.participation': 'Participation',
  'server.summary.safetyCheck': 'Safety check',
  'server.summary.roti': 'Return on time invested',
  'server.summary.noTopics': 'No topics were discussed.',
  'server.summary.untitledTopic': 'Untitled topic',
  'server.summary.topic': '**{title}** ({votes, plural, one {# vote} other {# votes}})',
  'server.summary.note': 'Note: {note}',
  'server.summary.noActions': 'No action items.',
  'server.summary.action':
    '{text}: owner {owner}, due {due}{status, select, done { (done)} dropped { (dropped)} other {}}',
  'server.summary.tallyHidden': 'Not shown: fewer than {min} people answered.',
  'server.summary.tallyStats':
    'Median {median, number, ::.#}, mean {mean, number, ::.#}, from {answered, plural, one {# answer} other {# answers}}.',
  'server.summary.participants': 'Participants: {count}',
  'server.summary.cards': 'Cards: {count}',
  'server.summary.votes': 'Votes: {count}',
  'server.summary.safetyAnswers': 'Safety check answers: {count}',
  'server.summary.rotiAnswers': 'ROTI answers: {count}',
  'server.summary.safety.1': "I don't feel safe to talk about anything",
  'server.summary.safety.2': "I'll let others bring up issues",
  'server.summary.safety.3': "I'll talk about some things, but others will be hard to say",
  'server.summary.safety.4': "I'll talk about almost anything; a few things might be hard",
  'server.summary.safety.5': "I'll talk about anything",
  'server.summary.roti.1': 'Waste of time',
  'server.summary.roti.2': 'Some value, less than the time spent',
  'server.summary.roti.3': 'Break even',
  'server.summary.roti.4': 'Good value',
  'server.summary.roti.5': 'Excellent value, well worth the time',

  // CSV export of the trends: column headers and the words in cells (pulse titles stay as written).
  'server.csv.pulse': 'pulse',
  'server.csv.closed': 'closed',
  'server.csv.status': 'status',
  'server.csv.responses': 'responses',
  'server.csv.invited': 'invited',
  'server.csv.responseRate': 'response rate',
  'server.csv.mean': 'mean (1-7)',
  'server.csv.intervalLow': 'interval low',
  'server.csv.intervalHigh': 'interval high',
  'server.csv.score': 'score (0-100)',
  'server.csv.favourable': 'favourable',
  'server.csv.neutral': 'neutral',
  'server.csv.unfavourable': 'unfavourable',
  'server.csv.itemMean': 'item {item} mean',
  'server.csv.notEnoughResponses': 'not enough responses',
  'server.csv.released': 'released',
  'server.csv.noStatementReleased': 'no statement has enough answers',
  'server.csv.withheldFewAnswers': 'Not enough answers to this statement',
  'server.csv.withheldProtectsAnother':
    'Hidden so that a statement with too few answers cannot be worked out from it',
  'server.csv.retroHealth': 'retro health',
  'server.csv.value': 'value',
  'server.csv.retrosHeld': 'retros held',
  'server.csv.actionsCreated': 'action items created',
  'server.csv.actionsDone': 'action items done',
  'server.csv.actionsOpen': 'action items open',
  'server.csv.actionsDropped': 'action items dropped',
  'server.csv.actionsOverdue': 'action items overdue',
  'server.csv.completionRate': 'completion rate within due date',
  'server.csv.rotiAnswers': 'ROTI answers',
  'server.csv.rotiMean': 'ROTI mean (1-5)',
  'server.csv.rotiAnswersOf': 'ROTI answers of {score}',
  'server.csv.averageParticipants': 'average participants',
  'server.csv.safetyMedian': 'safety median {date}',
} as const;

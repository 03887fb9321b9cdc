/** English text of the a11y area (docs/i18n.md): what the live region says, and device notes. */
export const a11y = {
  'a11y.retro.phaseChanged': 'Phase {index} of {total}: {name}',
  'a11y.retro.newCards': '{count, plural, one {# new card} other {# new cards}}',
  'a11y.retro.timerOneMinute': '1 minute left',
  'a11y.retro.timerUp': "Time's up",
  'a11y.retro.voteCounted':
    'Your vote counted. {left, plural, =0 {No votes left.} one {# vote left.} other {# votes left.}}',
  'a11y.mobile.sidePanelNote':
    'Retros run in the meeting side panel, which Teams shows on desktop and the web: join the meeting from a computer to take part.',
} as const;

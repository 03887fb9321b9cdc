/** What the weekly sync writes on its retro boards, by column id of the built-in templates. */
export const cardTexts: Record<string, readonly string[]> = {
  start: [
    'Pairing on on-call handovers',
    'Writing a short design note before big changes',
    'Demoing work in progress on Fridays',
    'Tagging flaky tests instead of re-running them',
  ],
  stop: [
    'Merging on Friday afternoons',
    'Skipping the incident review when we are busy',
    'Side-channel requests that bypass the board',
    'Meetings without an agenda',
  ],
  continue: [
    'Blameless incident reviews',
    'The Tuesday architecture office hours',
    'Keeping the runbooks up to date',
    'Celebrating small wins in the channel',
  ],
  mad: [
    'The staging cluster was down for two days',
    'Priorities changed mid-sprint again',
    'Alert noise woke people up for nothing',
  ],
  sad: [
    'We missed the migration deadline',
    'Not enough time for the onboarding docs',
    'Support escalations piled up over the holidays',
  ],
  glad: [
    'The new deploy pipeline cut build time in half',
    'Great collaboration with Customer Success on the outage',
    'Everyone chipped in on the quarterly review',
  ],
  liked: ['Clear goals for the quarter', 'Quick code reviews', 'The new dashboards'],
  learned: [
    'How the billing service really handles retries',
    'Feature flags make rollbacks boring',
    'Small pull requests get reviewed faster',
  ],
  lacked: ['Test data for the edge cases', 'Time for refactoring', 'A clear owner for alerts'],
  'longed-for': ['A quieter on-call week', 'Fewer context switches', 'A shared roadmap view'],
  wind: ['Strong support from product', 'Automated canary releases', 'Good documentation'],
  anchors: ['Slow approvals for infrastructure changes', 'Legacy config nobody owns'],
  rocks: ['The certificate expiry in March', 'Vendor API deprecation', 'Holiday coverage'],
  island: ['Zero-downtime deploys', 'Self-service environments', 'On-call that nobody dreads'],
};

export const fallbackCardTexts: readonly string[] = [
  'Better handovers between time zones',
  'More focus time',
];

export const groupTitles: readonly string[] = [
  'Ways of working',
  'Reliability',
  'Planning',
  'Tooling',
  'Communication',
];

export const discussionNotes: readonly string[] = [
  'Agreed to try it for two sprints and check back.',
  'Root cause is unclear ownership; Adele to follow up with the leads.',
  'Most of this is already on the roadmap; we will make it visible.',
  'Needs input from Customer Success before we decide.',
];

export const actionTexts: readonly string[] = [
  'Write the runbook for the failover drill',
  'Set up a rotation for reviewing flaky tests',
  'Draft a one-page agenda template for the weekly sync',
  'Book a session with Customer Success on escalations',
  'Add alert thresholds to the service dashboards',
  'Move side-channel requests onto the board',
  'Document the release checklist',
  'Pair with a newcomer on the next incident review',
  'Clean up unused feature flags',
  'Share the migration plan in the team channel',
];

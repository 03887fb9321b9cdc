/**
 * Edmondson (1999), "Psychological Safety and Learning Behavior in Work Teams",
 * Administrative Science Quarterly 44(2). Seven items on a 1–7 agreement scale; reversed items score 8 − x.
 */
export const edmondsonSource = {
  citation:
    'Edmondson, A. (1999). Psychological Safety and Learning Behavior in Work Teams. Administrative Science Quarterly, 44(2), 350–383.',
  url: 'https://doi.org/10.2307/2666999',
} as const;

export type PulseItem = { id: string; text: string; reversed: boolean };

/** The item set id: results are comparable only between pulses with the same item set. */
export const edmondsonItemSetId = 'edmondson-1999-7';

export const edmondsonItems: readonly PulseItem[] = [
  {
    id: 'e1',
    text: 'If you make a mistake on this team, it is often held against you.',
    reversed: true,
  },
  {
    id: 'e2',
    text: 'Members of this team are able to bring up problems and tough issues.',
    reversed: false,
  },
  {
    id: 'e3',
    text: 'People on this team sometimes reject others for being different.',
    reversed: true,
  },
  { id: 'e4', text: 'It is safe to take a risk on this team.', reversed: false },
  { id: 'e5', text: 'It is difficult to ask other members of this team for help.', reversed: true },
  {
    id: 'e6',
    text: 'No one on this team would deliberately act in a way that undermines my efforts.',
    reversed: false,
  },
  {
    id: 'e7',
    text: 'Working with members of this team, my unique skills and talents are valued and utilized.',
    reversed: false,
  },
];

/** The 1–7 agreement scale. */
export const agreementScale: Record<1 | 2 | 3 | 4 | 5 | 6 | 7, string> = {
  1: 'Strongly disagree',
  2: 'Disagree',
  3: 'Somewhat disagree',
  4: 'Neither agree nor disagree',
  5: 'Somewhat agree',
  6: 'Agree',
  7: 'Strongly agree',
};

/** A response counts only with at least this many of the seven items answered. */
export const minAnsweredItems = 5;
/** Default and minimum anonymity threshold k. */
export const defaultK = 5;
export const minK = 3;
/** Comments show only from this many responses, and never in views shared to the team. */
export const commentsThreshold = 10;

export const defaultOpenQuestion = 'What would make it easier to speak up on this team?';

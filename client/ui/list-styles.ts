import { tokens, type GriffelStyle } from '@fluentui/react-components';

/** A list without bullets whose items stack with a gap: the app's usual list of cards. */
export function stackedList(gap: string = tokens.spacingVerticalS): GriffelStyle {
  return {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap,
  };
}

import { makeStaticStyles } from '@fluentui/react-components';

/**
 * On touch screens (a coarse pointer), every control is at least 44×44 CSS px (WCAG 2.5.5): one
 * rule for the whole app, so each view's compact desktop layout stays as it is with a mouse.
 * Links inside sentences keep their size, as WCAG allows.
 */
const useTouchTargets = makeStaticStyles(`
@media (pointer: coarse) {
  button, [role="button"], [role="tab"], [role="menuitem"], [role="menuitemradio"], select,
  .fui-Radio, .fui-Checkbox, .fui-Switch {
    min-height: 44px;
    min-width: 44px;
  }
  .fui-Radio, .fui-Checkbox, .fui-Switch { box-sizing: border-box; }
}
`);

/** Adds the touch-target rule to the page once. */
export function TouchTargets() {
  useTouchTargets();
  return null;
}

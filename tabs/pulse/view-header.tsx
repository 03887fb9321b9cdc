import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useT } from '../../client/i18n.js';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
  },
  heading: {
    ...typographyStyles.subtitle1,
    margin: 0,
    overflowWrap: 'anywhere',
    ':focus-visible': { outline: 'none' },
  },
});

/**
 * A sub-view's heading with a way back. The heading takes focus when the view opens, so screen
 * reader and keyboard users land where the content changed.
 */
export function ViewHeader({ title, onBack }: { title: string; onBack: () => void }) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const t = useT();
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className={styles.root}>
      <Button appearance="transparent" onClick={onBack}>
        {t('pulse.view.backToPulses')}
      </Button>
      <h2 ref={heading} tabIndex={-1} className={styles.heading}>
        {title}
      </h2>
    </div>
  );
}

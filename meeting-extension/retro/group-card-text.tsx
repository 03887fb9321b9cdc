import { Body1, Link, makeStyles, mergeClasses, useId } from '@fluentui/react-components';
import { useState } from 'react';
import { useT } from '../../client/i18n.js';
import { useRetroStyles } from './styles.js';

/** Past this many characters a card shows its first lines until asked, so 30 cards stay scannable. */
const clampFrom = 280;

const useStyles = makeStyles({
  clamp: {
    display: '-webkit-box',
    WebkitBoxOrient: 'vertical',
    WebkitLineClamp: '6',
    overflow: 'hidden',
  },
  more: { alignSelf: 'flex-start' },
});

/** A card's text; a long one is cut to six lines with "Show all" (the full text is always read out). */
export function CardText({ text }: { text: string }) {
  const styles = useStyles();
  const layout = useRetroStyles();
  const t = useT();
  const [open, setOpen] = useState(false);
  const id = useId('card-text-');
  const long = text.length > clampFrom;
  return (
    <>
      <Body1 id={id} className={mergeClasses(layout.text, long && !open && styles.clamp)}>
        {text}
      </Body1>
      {long && (
        <Link
          as="button"
          className={styles.more}
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t('retro.group.showLess') : t('retro.group.showAll')}
        </Link>
      )}
    </>
  );
}

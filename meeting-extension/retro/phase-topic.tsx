import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useT } from '../../client/i18n.js';
import type { CardView, GroupView } from '../../shared/retro/api.js';
import { useBoardText } from './board-text.js';
import { useRetroStyles } from './styles.js';

const useStyles = makeStyles({
  // A group title may be one 80-character word: it wraps anywhere rather than push the panel wide.
  title: { margin: 0, minWidth: 0, overflowWrap: 'anywhere', wordBreak: 'break-word' },
  card: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  author: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

/** A card's author line: only a named retro's revealed cards carry one (the server decides). */
export function CardAuthor({ card }: { card: CardView }) {
  const styles = useStyles();
  const t = useT();
  if (!card.author) return null;
  return (
    <Caption1 className={styles.author}>
      {t('retro.board.author', { name: card.author.displayName })}
    </Caption1>
  );
}

/** A topic (group) in vote and discuss: its whole title, wrapped, and its cards with authors. */
export function PhaseTopic({
  group,
  index,
  cards,
}: {
  group: GroupView;
  index: number;
  cards: ReadonlyMap<string, CardView>;
}) {
  const styles = useStyles();
  const layout = useRetroStyles();
  const t = useT();
  const text = useBoardText();
  return (
    <>
      <Subtitle2 as="h3" className={styles.title}>
        {text.groupName(group, index)}
      </Subtitle2>
      <ul className={layout.list}>
        {group.cardIds.map((id) => {
          const card = cards.get(id);
          return card ? (
            <li key={id} className={styles.card}>
              <Caption1 className={layout.text}>
                {t('retro.discuss.card', { text: card.text })}
              </Caption1>
              <CardAuthor card={card} />
            </li>
          ) : null;
        })}
      </ul>
    </>
  );
}

import { Subtitle2 } from '@fluentui/react-components';
import { ActionForm } from './action-form.js';
import { ActionList } from './action-list.js';
import { useRetro } from './retro-context.js';
import { useRetroStyles } from './styles.js';

/** Agree what happens next, each with an owner and a due date. */
export default function ActionsPhase() {
  const styles = useRetroStyles();
  const { allowed } = useRetro();
  return (
    <div className={styles.stack}>
      {allowed.has('addAction') && <ActionForm />}
      <section className={styles.stack} aria-labelledby="actions-heading">
        <Subtitle2 as="h3" id="actions-heading" className={styles.heading}>
          Action items
        </Subtitle2>
        <ActionList />
      </section>
    </div>
  );
}

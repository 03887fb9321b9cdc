import { Subtitle2 } from '@fluentui/react-components';
import { ActionForm } from './action-form.js';
import { ActionList } from './action-list.js';
import { useRetro } from './retro-context.js';
import { useRetroStyles } from './styles.js';
import { useT } from '../../client/i18n.js';

/** Agree what happens next, each with an owner and a due date. */
export default function ActionsPhase() {
  const styles = useRetroStyles();
  const t = useT();
  const { allowed } = useRetro();
  return (
    <div className={styles.stack}>
      {allowed.has('addAction') && <ActionForm />}
      <section className={styles.stack} aria-labelledby="actions-heading">
        <Subtitle2 as="h3" id="actions-heading" className={styles.heading}>
          {t('panel.actions.title')}
        </Subtitle2>
        <ActionList />
      </section>
    </div>
  );
}

import { Badge, Body1, Caption1, Field, Select } from '@fluentui/react-components';
import { useFormat } from '../../client/format.js';
import type { ActionItem } from '../../shared/retro/api.js';
import { isPastDue } from '../../shared/retro/due.js';
import { useRetroStyles } from './styles.js';
import { useT, useRichT } from '../../client/i18n.js';
import type { MessageId } from '../../shared/i18n/en/index.js';

const statusIds: Record<ActionItem['status'], MessageId> = {
  open: 'panel.action.open',
  done: 'panel.action.done',
  dropped: 'panel.action.dropped',
};

type Props = {
  item: ActionItem;
  /** Shown when this viewer may change the status. */
  onStatus?: (status: ActionItem['status']) => void;
  extra?: React.ReactNode;
};

/** An action item with its owner (action items are never anonymous), due date and status. */
export function ActionItemView({ item, onStatus, extra }: Props) {
  const styles = useRetroStyles();
  const fmt = useFormat();
  const t = useT();
  const rich = useRichT();
  return (
    <li className={styles.surface}>
      <Body1 className={styles.text}>{item.text}</Body1>
      <Caption1 className={styles.text}>
        {rich(item.from ? 'panel.action.ownerFrom' : 'panel.action.owner', {
          name: item.owner.displayName,
          due: fmt.day(item.dueDate),
          retro: item.from?.title ?? '',
          b: (chunks) => <strong>{chunks}</strong>,
        })}
      </Caption1>
      {item.status === 'open' && isPastDue(item.dueDate) && (
        <Badge appearance="tint" color="danger" size="small">
          {t('panel.action.overdue')}
        </Badge>
      )}
      {onStatus ? (
        <Field label={t('panel.action.status')} size="small">
          <Select
            size="small"
            value={item.status}
            onChange={(_, d) => onStatus(d.value as ActionItem['status'])}
          >
            {Object.entries(statusIds).map(([value, id]) => (
              <option key={value} value={value}>
                {t(id)}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Caption1>{t('panel.action.statusIs', { status: t(statusIds[item.status]) })}</Caption1>
      )}
      {extra}
    </li>
  );
}

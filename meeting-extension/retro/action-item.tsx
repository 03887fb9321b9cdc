import { Badge, Body1, Caption1, Field, Select } from '@fluentui/react-components';
import { useFormat } from '../../client/format.js';
import type { ActionItem } from '../../shared/retro/api.js';
import { isPastDue } from '../../shared/retro/due.js';
import { useRetroStyles } from './styles.js';

const statusLabels: Record<ActionItem['status'], string> = {
  open: 'Still open',
  done: 'Done',
  dropped: 'Dropped',
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
  return (
    <li className={styles.surface}>
      <Body1 className={styles.text}>{item.text}</Body1>
      <Caption1 className={styles.text}>
        Owner: <strong>{item.owner.displayName}</strong> · due {fmt.day(item.dueDate)}
        {item.from && ` · from ${item.from.title}`}
      </Caption1>
      {item.status === 'open' && isPastDue(item.dueDate) && (
        <Badge appearance="tint" color="danger" size="small">
          Overdue
        </Badge>
      )}
      {onStatus ? (
        <Field label="Status" size="small">
          <Select
            size="small"
            value={item.status}
            onChange={(_, d) => onStatus(d.value as ActionItem['status'])}
          >
            {Object.entries(statusLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Caption1>Status: {statusLabels[item.status]}</Caption1>
      )}
      {extra}
    </li>
  );
}

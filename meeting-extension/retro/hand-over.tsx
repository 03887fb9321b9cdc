import { Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { ConfirmDialogSurface } from './confirm-button.js';
import { useRetro } from './retro-context.js';
import { useT } from '../../client/i18n.js';

/** The facilitator passes the role to another meeting member, from the top bar's menu. */
export function HandOverDialog({
  open,
  onOpenChange,
  onHandOver,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onHandOver: (userId: string) => void;
}) {
  const t = useT();
  const { view, members } = useRetro();
  const others = members.filter((m) => m.userId !== view.me.userId);
  const [userId, setUserId] = useState('');
  return (
    <ConfirmDialogSurface
      open={open}
      onOpenChange={onOpenChange}
      title={t('panel.handOver.title')}
      confirmLabel={t('panel.handOver.confirm')}
      confirmDisabled={!userId}
      onConfirm={() => {
        onHandOver(userId);
        setUserId('');
      }}
    >
      <Field label={t('panel.handOver.to')}>
        <Select value={userId} onChange={(_, d) => setUserId(d.value)}>
          <option value="">{t('panel.handOver.choose')}</option>
          {others.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.displayName}
            </option>
          ))}
        </Select>
      </Field>
    </ConfirmDialogSurface>
  );
}

import { Button, Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import { CommandError } from './command-error.js';
import { useRetro } from './retro-context.js';
import { useRetroStyles } from './styles.js';

/** The facilitator passes the role to another meeting member. */
export function HandOver() {
  const styles = useRetroStyles();
  const { view, members } = useRetro();
  const command = useRetroCommand(view.id);
  const others = members.filter((m) => m.userId !== view.me.userId);
  const [userId, setUserId] = useState('');
  if (others.length === 0) return null;
  return (
    <div className={styles.tight}>
      <div className={styles.row}>
        <Field label="Hand facilitation to" className={styles.full}>
          <Select value={userId} onChange={(_, d) => setUserId(d.value)}>
            <option value="">Choose a participant</option>
            {others.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.displayName}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          disabled={!userId || command.isPending}
          onClick={() => void command.send({ type: 'handOver', userId })}
        >
          Hand over
        </Button>
      </div>
      <CommandError error={command.error} />
    </div>
  );
}

import { Badge } from '@fluentui/react-components';
import type { Role } from '../../shared/api.js';
import { useT } from '../i18n.js';

/** Owners and guests get a badge; plain members need none. */
export function RoleBadge({ role }: { role: Role }) {
  const t = useT();
  if (role === 'owner') {
    return (
      <Badge appearance="tint" color="brand">
        {t('common.role.owner')}
      </Badge>
    );
  }
  if (role === 'guest') {
    return (
      <Badge appearance="tint" color="informative">
        {t('common.role.guest')}
      </Badge>
    );
  }
  return null;
}

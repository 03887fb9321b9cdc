import { Badge } from '@fluentui/react-components';
import type { Role } from '../../shared/api.js';

/** Owners and guests get a badge; plain members need none. */
export function RoleBadge({ role }: { role: Role }) {
  if (role === 'owner') {
    return (
      <Badge appearance="tint" color="brand">
        Owner
      </Badge>
    );
  }
  if (role === 'guest') {
    return (
      <Badge appearance="tint" color="informative">
        Guest
      </Badge>
    );
  }
  return null;
}

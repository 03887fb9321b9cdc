import { useMemo } from 'react';
import { useT } from '../../client/i18n.js';

type Scale = Record<1 | 2 | 3 | 4 | 5, string>;

/** The safety check's five answers (5 = talk about anything), in the user's language. */
export function useSafetyScale(): Scale {
  const t = useT();
  return useMemo(
    () => ({
      5: t('panel.safety.5'),
      4: t('panel.safety.4'),
      3: t('panel.safety.3'),
      2: t('panel.safety.2'),
      1: t('panel.safety.1'),
    }),
    [t],
  );
}

/** Return on time invested, 1 (waste of time) to 5, in the user's language. */
export function useRotiScale(): Scale {
  const t = useT();
  return useMemo(
    () => ({
      1: t('panel.roti.1'),
      2: t('panel.roti.2'),
      3: t('panel.roti.3'),
      4: t('panel.roti.4'),
      5: t('panel.roti.5'),
    }),
    [t],
  );
}

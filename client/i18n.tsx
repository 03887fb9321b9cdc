import type { IntlShape } from '@formatjs/intl';
import { Children, createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { setCurrentIntl } from './current-intl.js';
import type { MessageId } from '../shared/i18n/en/index.js';

/** ICU argument values: numbers are formatted with the locale, dates with `Intl`. */
export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;
export type Translate = (id: MessageId, values?: MessageValues) => string;
/** Values that may be React elements or tag functions (`<b>…</b>` in a message). */
export type RichValues = Record<
  string,
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  | ReactNode
  | ((chunks: ReactNode[]) => ReactNode)
>;

const IntlContext = createContext<IntlShape | null>(null);

/**
 * The page's intl (FormatJS, created by `client/intl-runtime.ts` with the catalogue for the Teams
 * locale). The same intl serves plain modules (`translate` in current-intl.ts), e.g. error text.
 * FormatJS itself is not in the first script: it arrives with the catalogue.
 */
export function I18nProvider({ intl, children }: { intl: IntlShape; children: ReactNode }) {
  // Set while rendering, so children that build error text render in the same language.
  useMemo(() => setCurrentIntl(intl), [intl]);
  return <IntlContext.Provider value={intl}>{children}</IntlContext.Provider>;
}

/** The page's intl: its locale, and FormatJS's formatters in that locale. */
export function useIntl(): IntlShape {
  const intl = useContext(IntlContext);
  if (!intl) throw new Error('useIntl needs an I18nProvider above it (see client/providers.tsx).');
  return intl;
}

/** `t('retro.gather.add')`: a catalogue sentence as plain text, in the user's language. */
export function useT(): Translate {
  const intl = useIntl();
  return useCallback<Translate>((id, values) => intl.formatMessage({ id }, values), [intl]);
}

/**
 * A catalogue sentence with markup: tags in the message map to the element functions given. The
 * parts come back as a list, so each gets a key (as react-intl does), in the tags' chunks too.
 */
export function useRichT(): (id: MessageId, values: RichValues) => ReactNode {
  const intl = useIntl();
  return useCallback(
    (id: MessageId, values: RichValues) => {
      const keyed = Object.fromEntries(
        Object.entries(values).map(([name, value]) => [
          name,
          typeof value === 'function'
            ? (chunks: ReactNode[]) => value(Children.toArray(chunks))
            : value,
        ]),
      );
      // FormatJS returns the parts as they come: strings and whatever the tag functions return.
      const format = intl.formatMessage as unknown as (
        descriptor: { id: string },
        values: Record<string, unknown>,
      ) => ReactNode;
      const result = format({ id }, keyed);
      return Array.isArray(result) ? Children.toArray(result) : result;
    },
    [intl],
  );
}

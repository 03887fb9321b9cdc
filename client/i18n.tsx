import { useCallback, useMemo, type ReactNode } from 'react';
import { RawIntlProvider, useIntl } from 'react-intl';
import { createPageIntl, setCurrentIntl } from './current-intl.js';
import type { MessageId } from '../shared/i18n/en/index.js';
import type { Messages } from '../shared/i18n/catalogues.js';

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

/**
 * Catalogue messages for the Teams locale; English fills any gap (there should be none: a test
 * checks). The same intl serves plain modules (`translate` in current-intl.ts), e.g. error text.
 */
export function I18nProvider({
  locale,
  messages,
  children,
}: {
  locale: string;
  messages: Messages;
  children: ReactNode;
}) {
  const intl = useMemo(() => {
    const created = createPageIntl(locale, messages);
    // Set while rendering, so children that build error text render in the same language.
    setCurrentIntl(created);
    return created;
  }, [locale, messages]);
  return <RawIntlProvider value={intl}>{children}</RawIntlProvider>;
}

/** `t('retro.gather.add')`: a catalogue sentence as plain text, in the user's language. */
export function useT(): Translate {
  const intl = useIntl();
  return useCallback<Translate>((id, values) => intl.formatMessage({ id }, values), [intl]);
}

/** A catalogue sentence with markup: tags in the message map to the element functions given. */
export function useRichT(): (id: MessageId, values: RichValues) => ReactNode {
  const intl = useIntl();
  return useCallback(
    (id: MessageId, values: RichValues) =>
      intl.formatMessage({ id }, values as Parameters<typeof intl.formatMessage>[1]),
    [intl],
  );
}

import { Caption1, Link } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useRichT, useT } from '../i18n.js';
import { useItemText } from './use-item-text.js';

/**
 * Under the statements: why they are in English (no validated translation for the user's
 * language), or the source of the validated translation shown. Nothing for English.
 */
export function ItemTextNote({ className }: { className?: string }) {
  const t = useT();
  const richT = useRichT();
  const text = useItemText();
  if (!text.translated) {
    return (
      <Caption1 className={className}>
        {t('pulse.items.untranslated', { language: text.languageName })}
      </Caption1>
    );
  }
  if (!text.source) return null;
  const { url, citation } = text.source;
  return (
    <Caption1 className={className}>
      {richT('pulse.items.translationSource', {
        citation,
        link: (chunks: ReactNode[]) => (
          <Link href={url} target="_blank" rel="noreferrer" inline>
            {chunks}
          </Link>
        ),
      })}
    </Caption1>
  );
}

import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useHost } from '../host-context.js';
import { useT } from '../i18n.js';

const phones: ReadonlySet<string> = new Set(['android', 'ios']);

/** On a phone, where Teams shows no meeting side panel: one sentence on where retros run. */
export function MobileNote() {
  const { info } = useHost();
  const t = useT();
  if (!phones.has(info.clientType)) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{t('a11y.mobile.sidePanelNote')}</MessageBarBody>
    </MessageBar>
  );
}

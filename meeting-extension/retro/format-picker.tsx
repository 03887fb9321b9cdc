import { Field, makeStyles, Select, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useIntl } from '../../client/i18n.js';
import { useDeleteFormat } from '../../client/formats/saved-formats.js';
import { useT } from '../../client/i18n.js';
import type { SavedFormat, SavedFormats } from '../../shared/formats/api.js';
import type { TemplateId } from '../../shared/retro/templates.js';
import { useBoardText } from './board-text.js';
import { CommandError } from './command-error.js';
import { ConfirmButton } from './confirm-button.js';
import { useRetroStyles } from './styles.js';

export type TemplateChoice = {
  id: TemplateId;
  label: string;
  description: string;
  columns: string;
};

/** A saved format's value in the picker: `saved:<id>`, never a built-in template id. */
export const savedPrefix = 'saved:';

/** The saved format a picker value names, if it is one and still exists. */
export function savedChoice(
  choiceId: string,
  formats: readonly SavedFormat[] | undefined,
): SavedFormat | undefined {
  if (!choiceId.startsWith(savedPrefix)) return undefined;
  const id = choiceId.slice(savedPrefix.length);
  return formats?.find((f) => f.id === id);
}

const useStyles = makeStyles({ line: { display: 'block' } });

type Props = {
  choiceId: string;
  onChange: (choiceId: string) => void;
  choices: TemplateChoice[];
  saved: SavedFormats | undefined;
  chatId: string;
};

/** The format select: built-in formats, custom columns, then the team's saved formats. */
export function FormatPicker({ choiceId, onChange, choices, saved, chatId }: Props) {
  const styles = useRetroStyles();
  const local = useStyles();
  const t = useT();
  const board = useBoardText();
  const { locale } = useIntl();
  const remove = useDeleteFormat(chatId);
  const [deleted, setDeleted] = useState<string | null>(null);
  const format = savedChoice(choiceId, saved?.formats);
  const choice = choices.find((c) => c.id === choiceId);
  const list = new Intl.ListFormat(locale, { type: 'unit', style: 'short' });
  const lines = format
    ? [
        t('formats.saved.by', {
          name: format.createdBy.displayName,
          columns: list.format(format.columns.map((c) => board.columnTitle(c))),
        }),
      ]
    : [choice?.description ?? '', choice?.columns ?? ''].filter(Boolean);
  const formats = saved?.formats ?? [];
  return (
    <>
      <Field
        label={t('panel.start.template')}
        hint={
          <>
            {lines.map((line) => (
              <span key={line} className={local.line}>
                {line}
              </span>
            ))}
          </>
        }
      >
        <Select
          className={styles.narrowSelect}
          select={{ className: styles.narrowSelectControl }}
          value={format || choice ? choiceId : 'start-stop-continue'}
          onChange={(_, d) => {
            setDeleted(null);
            onChange(d.value);
          }}
        >
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
          {formats.length > 0 && (
            <optgroup
              label={t(
                saved?.scope === 'team' ? 'formats.saved.group' : 'formats.saved.groupSeries',
              )}
            >
              {formats.map((f) => (
                <option key={f.id} value={`${savedPrefix}${f.id}`}>
                  {f.name}
                </option>
              ))}
            </optgroup>
          )}
        </Select>
      </Field>
      {format?.canDelete && (
        <div className={styles.row}>
          <ConfirmButton
            label={t('formats.saved.delete')}
            title={t('formats.saved.deleteConfirm', { name: format.name })}
            confirmLabel={t('formats.saved.delete')}
            disabled={remove.isPending}
            onConfirm={() =>
              remove.mutate(format.id, {
                onSuccess: () => {
                  setDeleted(format.name);
                  onChange('start-stop-continue');
                },
              })
            }
          >
            {lines[0]}
          </ConfirmButton>
        </div>
      )}
      <CommandError error={remove.error} title={t('formats.saved.deleteFailed')} />
      <div role="status" aria-live="polite">
        {deleted && !format && (
          <Text className={styles.muted}>{t('formats.saved.deleted', { name: deleted })}</Text>
        )}
      </div>
    </>
  );
}

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Select,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useHost } from '../../client/host-context.js';
import { useStartRetro } from '../../client/retro/use-retro-command.js';
import type { CreateRetro } from '../../shared/retro/api.js';
import { optionalPhases, type OptionalPhase } from '../../shared/retro/phases.js';
import {
  retroTemplates,
  templateNameIds,
  type RetroColumn,
  type TemplateId,
} from '../../shared/retro/templates.js';
import { CommandError } from './command-error.js';
import { CustomColumns, newColumn } from './custom-columns.js';
import { useRetroStyles } from './styles.js';
import { useT } from '../../client/i18n.js';
import { useIntl } from 'react-intl';
import { useBoardText } from './board-text.js';
import { usePhaseName } from './phase-names.js';

/** The template choices in the user's language: the name once, the columns as the select's hint. */
function useTemplateChoices(): { id: TemplateId; label: string; columns: string }[] {
  const t = useT();
  const board = useBoardText();
  const { locale } = useIntl();
  return useMemo(() => {
    const list = new Intl.ListFormat(locale, { type: 'unit', style: 'short' });
    return [
      ...Object.values(retroTemplates).map((template) => ({
        id: template.id,
        label: t(templateNameIds[template.id as Exclude<TemplateId, 'custom'>]),
        columns: t('panel.start.columns', {
          columns: list.format(template.columns.map((c) => board.columnTitle(c))),
        }),
      })),
      {
        id: 'custom' as const,
        label: t('panel.start.custom'),
        columns: t('panel.start.customHint'),
      },
    ];
  }, [t, board, locale]);
}

const useStyles = makeStyles({
  more: { marginInline: `calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    marginInline: tokens.spacingHorizontalS,
    paddingBlockEnd: tokens.spacingVerticalS,
  },
  numbers: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(7rem, 1fr))',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  fieldset: { margin: 0, padding: 0, border: 'none', minWidth: 0 },
});

function toNumber(value: string, fallback: number): number {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

/** The same form for another way of starting (the meeting chat tab's "open early"). */
export type StartVariant = {
  heading: string;
  submit: string;
  submitting: string;
  failed: string;
  /** Fields of its own, shown above "More options". */
  fields: ReactNode;
  /** Adds its part to the request; null while it cannot be sent yet. */
  amend: (body: CreateRetro) => CreateRetro | null;
};

/** Picks a template and options; whoever starts becomes the facilitator. */
export function StartRetro({
  chatId,
  onCancel,
  variant,
}: {
  chatId: string;
  onCancel?: () => void;
  variant?: StartVariant;
}) {
  const styles = useRetroStyles();
  const local = useStyles();
  const t = useT();
  const phaseName = usePhaseName();
  const templateChoices = useTemplateChoices();
  const heading = useRef<HTMLHeadingElement>(null);
  const [openItems, setOpenItems] = useState<string[]>([]);
  // The form opened on request: put the keyboard where it starts.
  useEffect(() => heading.current?.focus(), []);
  const { info } = useHost();
  const start = useStartRetro(chatId);
  const [templateId, setTemplateId] = useState<TemplateId>('start-stop-continue');
  const [columns, setColumns] = useState<RetroColumn[]>(() => [newColumn(), newColumn()]);
  const [title, setTitle] = useState('');
  const [anonymous, setAnonymous] = useState(true);
  const [budget, setBudget] = useState('5');
  const [cap, setCap] = useState('3');
  const [run, setRun] = useState<Set<OptionalPhase>>(() => new Set(optionalPhases));

  const voteBudget = toNumber(budget, 0);
  const perGroupCap = toNumber(cap, 0);
  const budgetProblem =
    voteBudget < 1 || voteBudget > 20 ? t('panel.start.budgetProblem') : undefined;
  const capProblem =
    perGroupCap < 1 || perGroupCap > voteBudget ? t('panel.start.capProblem') : undefined;
  const columnsProblem =
    templateId === 'custom' && columns.some((c) => !c.title.trim())
      ? t('panel.start.columnsProblem')
      : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (budgetProblem || capProblem) setOpenItems(['more']);
    if (budgetProblem || capProblem || columnsProblem) return;
    const body: CreateRetro = {
      chatId,
      templateId,
      options: {
        anonymous,
        voteBudget,
        perGroupCap,
        skip: optionalPhases.filter((phase) => !run.has(phase)),
      },
      ...(title.trim() ? { title: title.trim() } : {}),
      // A channel meeting's retros count in its team's trends; the server checks it is one.
      ...(info.teamId ? { teamId: info.teamId } : {}),
      ...(templateId === 'custom'
        ? {
            columns: columns.map((c) => ({ ...c, title: c.title.trim(), prompt: c.prompt.trim() })),
          }
        : {}),
    };
    const sent = variant ? variant.amend(body) : body;
    if (!sent) return;
    // The button is disabled while sending; a network retry reuses this key.
    start.mutate({ body: sent, key: crypto.randomUUID() });
  }

  function toggle(phase: OptionalPhase, on: boolean) {
    const next = new Set(run);
    if (on) next.add(phase);
    else next.delete(phase);
    setRun(next);
  }

  const choice = templateChoices.find((c) => c.id === templateId);
  return (
    <form className={styles.stack} onSubmit={submit} aria-labelledby="start-heading" noValidate>
      <Text
        as="h2"
        size={400}
        weight="semibold"
        id="start-heading"
        ref={heading}
        tabIndex={-1}
        className={styles.heading}
      >
        {variant?.heading ?? t('panel.start.title')}
      </Text>
      <Field label={t('panel.start.titleField')}>
        <Input value={title} maxLength={120} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={t('panel.start.template')} hint={choice?.columns}>
        <Select value={templateId} onChange={(_, d) => setTemplateId(d.value as TemplateId)}>
          {templateChoices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </Select>
      </Field>
      {templateId === 'custom' && (
        <>
          <CustomColumns columns={columns} onChange={setColumns} />
          {columnsProblem && <span role="alert">{columnsProblem}</span>}
        </>
      )}
      {variant?.fields}
      <Accordion
        collapsible
        multiple
        openItems={openItems}
        onToggle={(_, d) => setOpenItems(d.openItems.map(String))}
        className={local.more}
      >
        <AccordionItem value="more">
          <AccordionHeader as="h3" size="small">
            {t('panel.start.more')}
          </AccordionHeader>
          <AccordionPanel className={local.panel}>
            <Switch
              checked={anonymous}
              onChange={(_, d) => setAnonymous(d.checked)}
              label={t('panel.start.anonymous')}
            />
            <div className={local.numbers}>
              <Field
                label={t('panel.start.budget')}
                validationMessage={budgetProblem}
                validationState={budgetProblem ? 'error' : 'none'}
              >
                <Input
                  type="number"
                  min={1}
                  max={20}
                  value={budget}
                  onChange={(_, d) => setBudget(d.value)}
                />
              </Field>
              <Field
                label={t('panel.start.cap')}
                validationMessage={capProblem}
                validationState={capProblem ? 'error' : 'none'}
              >
                <Input
                  type="number"
                  min={1}
                  max={20}
                  value={cap}
                  onChange={(_, d) => setCap(d.value)}
                />
              </Field>
            </div>
            <fieldset className={mergeClasses(styles.tight, local.fieldset)}>
              <legend>{t('panel.start.phases')}</legend>
              {optionalPhases.map((phase) => (
                <Checkbox
                  key={phase}
                  checked={run.has(phase)}
                  onChange={(_, d) => toggle(phase, d.checked === true)}
                  label={phaseName(phase)}
                />
              ))}
            </fieldset>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <CommandError error={start.error} title={variant?.failed ?? t('panel.start.failed')} />
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={start.isPending}>
          {variant
            ? start.isPending
              ? variant.submitting
              : variant.submit
            : t(start.isPending ? 'panel.start.starting' : 'panel.start.start')}
        </Button>
        {onCancel && (
          <Button type="button" onClick={onCancel}>
            {t('panel.start.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

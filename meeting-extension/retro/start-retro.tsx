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
  templateDescriptionIds,
  templateNameIds,
  type RetroColumn,
  type TemplateId,
} from '../../shared/retro/templates.js';
import { CommandError } from './command-error.js';
import { CustomColumns, newColumn } from './custom-columns.js';
import { FormatPicker, savedChoice, savedPrefix, type TemplateChoice } from './format-picker.js';
import { SaveFormat } from './save-format.js';
import { CheckinPicker, questionOf, suggestedDraft, type QuestionDraft } from './checkin-picker.js';
import { useSavedFormats } from '../../client/formats/saved-formats.js';
import { useRetroStyles } from './styles.js';
import { useT } from '../../client/i18n.js';
import { useIntl } from '../../client/i18n.js';
import { useBoardText } from './board-text.js';
import { usePhaseName } from './phase-names.js';

/** The template choices in the user's language: the name, then a description and the columns as the hint. */
function useTemplateChoices(): TemplateChoice[] {
  const t = useT();
  const board = useBoardText();
  const { locale } = useIntl();
  return useMemo(() => {
    const list = new Intl.ListFormat(locale, { type: 'unit', style: 'short' });
    return [
      ...Object.values(retroTemplates).map((template) => ({
        id: template.id,
        label: t(templateNameIds[template.id as Exclude<TemplateId, 'custom'>]),
        description: t(templateDescriptionIds[template.id]),
        columns: t('panel.start.columns', {
          columns: list.format(template.columns.map((c) => board.columnTitle(c))),
        }),
      })),
      {
        id: 'custom' as const,
        label: t('panel.start.custom'),
        description: t(templateDescriptionIds.custom),
        columns: '',
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
  const [choiceId, setChoiceId] = useState<string>('start-stop-continue');
  const saved = useSavedFormats(chatId, info.teamId);
  const savedFormat = savedChoice(choiceId, saved.data?.formats);
  // A saved format starts as custom columns; a deleted one falls back to the default.
  const templateId: TemplateId = savedFormat
    ? 'custom'
    : choiceId.startsWith(savedPrefix)
      ? 'start-stop-continue'
      : (choiceId as TemplateId);
  const [justSaved, setJustSaved] = useState<string | null>(null);
  const [columns, setColumns] = useState<RetroColumn[]>(() => [newColumn(), newColumn()]);
  const [title, setTitle] = useState('');
  const [anonymous, setAnonymous] = useState(true);
  const [postSummary, setPostSummary] = useState(true);
  const [budget, setBudget] = useState('5');
  const [cap, setCap] = useState('3');
  const [run, setRun] = useState<Set<OptionalPhase>>(() => new Set(optionalPhases));
  // A suggested library question to start with: the facilitator may keep, change or drop it.
  const [question, setQuestion] = useState<QuestionDraft>(() => suggestedDraft());
  const [tried, setTried] = useState(false);
  const checkinQuestion = run.has('checkin') ? questionOf(question) : null;

  const voteBudget = toNumber(budget, 0);
  const perGroupCap = toNumber(cap, 0);
  const budgetProblem =
    voteBudget < 1 || voteBudget > 20 ? t('panel.start.budgetProblem') : undefined;
  const capProblem =
    perGroupCap < 1 || perGroupCap > voteBudget ? t('panel.start.capProblem') : undefined;
  const columnsProblem =
    templateId === 'custom' && !savedFormat && columns.some((c) => !c.title.trim())
      ? t('panel.start.columnsProblem')
      : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (budgetProblem || capProblem) setOpenItems(['more']);
    if (budgetProblem || capProblem || columnsProblem || checkinQuestion === 'invalid') return;
    const body: CreateRetro = {
      chatId,
      templateId,
      options: {
        anonymous,
        voteBudget,
        perGroupCap,
        skip: optionalPhases.filter((phase) => !run.has(phase)),
        postSummary,
      },
      ...(title.trim() ? { title: title.trim() } : {}),
      ...(checkinQuestion ? { checkinQuestion } : {}),
      // A channel meeting's retros count in its team's trends; the server checks it is one.
      ...(info.teamId ? { teamId: info.teamId } : {}),
      ...(savedFormat
        ? { columns: savedFormat.columns }
        : templateId === 'custom'
          ? {
              columns: columns.map((c) => ({
                ...c,
                title: c.title.trim(),
                prompt: c.prompt.trim(),
              })),
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
      <FormatPicker
        choiceId={choiceId}
        onChange={(id) => {
          setChoiceId(id);
          setJustSaved(null);
        }}
        choices={templateChoices}
        saved={saved.data}
        chatId={chatId}
      />
      <div role="status" aria-live="polite">
        {justSaved && (
          <Text className={styles.muted}>{t('formats.saved.savedNote', { name: justSaved })}</Text>
        )}
      </div>
      {templateId === 'custom' && !savedFormat && (
        <>
          <CustomColumns columns={columns} onChange={setColumns} />
          {columnsProblem && <span role="alert">{columnsProblem}</span>}
          {saved.data && !saved.data.canSave && (
            <Text className={styles.muted}>{t('formats.saved.notInTeam')}</Text>
          )}
          {saved.data?.canSave && (
            <SaveFormat
              chatId={chatId}
              count={saved.data.formats.length}
              limit={saved.data.limit}
              teamId={info.teamId}
              columns={columns}
              columnsReady={!columns.some((c) => !c.title.trim())}
              onSaved={(format) => {
                setChoiceId(`${savedPrefix}${format.id}`);
                setJustSaved(format.name);
              }}
            />
          )}
        </>
      )}
      {run.has('checkin') && (
        <CheckinPicker value={question} onChange={setQuestion} showProblem={tried} />
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
            <Field hint={t('bot.setting.postSummaryHint')}>
              <Switch
                checked={postSummary}
                onChange={(_, d) => setPostSummary(d.checked)}
                label={t('bot.setting.postSummary')}
              />
            </Field>
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

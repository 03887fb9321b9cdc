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
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useHost } from '../../client/host-context.js';
import { useStartRetro } from '../../client/retro/use-retro-command.js';
import type { CreateRetro } from '../../shared/retro/api.js';
import { optionalPhases, phaseLabels, type OptionalPhase } from '../../shared/retro/phases.js';
import { retroTemplates, type RetroColumn, type TemplateId } from '../../shared/retro/templates.js';
import { CommandError } from './command-error.js';
import { CustomColumns, newColumn } from './custom-columns.js';
import { useRetroStyles } from './styles.js';

// The name once; the columns go under the select as its hint.
const templateChoices: { id: TemplateId; label: string; columns: string }[] = [
  ...Object.values(retroTemplates).map((t) => ({
    id: t.id,
    label: t.name,
    columns: `Columns: ${t.columns.map((c) => c.title).join(', ')}`,
  })),
  { id: 'custom', label: 'Custom columns', columns: 'Two to six columns of your own.' },
];

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

/** Picks a template and options; whoever starts becomes the facilitator. */
export function StartRetro({ chatId, onCancel }: { chatId: string; onCancel?: () => void }) {
  const styles = useRetroStyles();
  const local = useStyles();
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
    voteBudget < 1 || voteBudget > 20 ? 'Choose a vote budget from 1 to 20.' : undefined;
  const capProblem =
    perGroupCap < 1 || perGroupCap > voteBudget
      ? 'Choose a cap from 1 up to the vote budget.'
      : undefined;
  const columnsProblem =
    templateId === 'custom' && columns.some((c) => !c.title.trim())
      ? 'Give every column a title.'
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
    // The button is disabled while sending; a network retry reuses this key.
    start.mutate({ body, key: crypto.randomUUID() });
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
        Start a retro
      </Text>
      <Field label="Title (optional)">
        <Input value={title} maxLength={120} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label="Template" hint={choice?.columns}>
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
      <Accordion
        collapsible
        multiple
        openItems={openItems}
        onToggle={(_, d) => setOpenItems(d.openItems.map(String))}
        className={local.more}
      >
        <AccordionItem value="more">
          <AccordionHeader as="h3" size="small">
            More options
          </AccordionHeader>
          <AccordionPanel className={local.panel}>
            <Switch
              checked={anonymous}
              onChange={(_, d) => setAnonymous(d.checked)}
              label="Anonymous cards"
            />
            <div className={local.numbers}>
              <Field
                label="Vote budget"
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
                label="Votes per group"
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
              <legend>Phases to run (gather, actions and close always run)</legend>
              {optionalPhases.map((phase) => (
                <Checkbox
                  key={phase}
                  checked={run.has(phase)}
                  onChange={(_, d) => toggle(phase, d.checked === true)}
                  label={phaseLabels[phase]}
                />
              ))}
            </fieldset>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <CommandError error={start.error} title="The retro did not start" />
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={start.isPending}>
          {start.isPending ? 'Starting…' : 'Start retro'}
        </Button>
        {onCancel && (
          <Button type="button" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}

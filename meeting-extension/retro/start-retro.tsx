import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Subtitle2,
  Switch,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useHost } from '../../client/host-context.js';
import { useStartRetro } from '../../client/retro/use-retro-command.js';
import type { CreateRetro } from '../../shared/retro/api.js';
import { optionalPhases, phaseLabels, type OptionalPhase } from '../../shared/retro/phases.js';
import { retroTemplates, type RetroColumn, type TemplateId } from '../../shared/retro/templates.js';
import { CommandError } from './command-error.js';
import { CustomColumns, newColumn } from './custom-columns.js';
import { useRetroStyles } from './styles.js';

const templateChoices: { id: TemplateId; label: string }[] = [
  ...Object.values(retroTemplates).map((t) => ({
    id: t.id,
    label: `${t.name} (${t.columns.map((c) => c.title).join(', ')})`,
  })),
  { id: 'custom', label: 'Custom columns' },
];

function toNumber(value: string, fallback: number): number {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

/** Picks a template and options; whoever starts becomes the facilitator. */
export function StartRetro({ chatId }: { chatId: string }) {
  const styles = useRetroStyles();
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

  return (
    <form className={styles.stack} onSubmit={submit} aria-labelledby="start-heading">
      <Subtitle2 as="h2" id="start-heading" className={styles.heading}>
        Start a retro
      </Subtitle2>
      <Field label="Title (optional)">
        <Input value={title} maxLength={120} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label="Template">
        <RadioGroup
          value={templateId}
          onChange={(_, d) => setTemplateId(d.value as TemplateId)}
          aria-label="Template"
        >
          {templateChoices.map((choice) => (
            <Radio key={choice.id} value={choice.id} label={choice.label} />
          ))}
        </RadioGroup>
      </Field>
      {templateId === 'custom' && (
        <>
          <CustomColumns columns={columns} onChange={setColumns} />
          {columnsProblem && <span role="alert">{columnsProblem}</span>}
        </>
      )}
      <Switch
        checked={anonymous}
        onChange={(_, d) => setAnonymous(d.checked)}
        label="Anonymous cards"
      />
      <div className={styles.row}>
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
          <Input type="number" min={1} max={20} value={cap} onChange={(_, d) => setCap(d.value)} />
        </Field>
      </div>
      <fieldset className={styles.tight}>
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
      <CommandError error={start.error} title="The retro did not start" />
      <Button type="submit" appearance="primary" disabled={start.isPending}>
        {start.isPending ? 'Starting…' : 'Start retro'}
      </Button>
    </form>
  );
}

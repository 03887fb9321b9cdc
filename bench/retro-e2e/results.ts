import type { FluidReport } from './fluid.js';
import type { SyncMode } from './protocol.js';

/** What the end-to-end bench measures, per N and mode. */

export type E2eOptions = {
  panels: number[];
  /** Commands per mode and N. */
  commands: number;
  spacingMs: number;
  warmupCommands: number;
  settleMs: number;
  fluidSizes: number[];
  fluidOps: number;
};

export type ModeRow = {
  mode: SyncMode;
  commands: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Server process CPU (user + system) over the run ÷ commands, ms. */
  cpuPerCommandMs: number;
  missing: number;
  panelsRefetched: number;
  refetches: number;
  postP50: number;
  /** The facilitator's POST, to its answer: the command's own handling on the server. */
  postP99: number;
  runMs: number;
};

export type E2eRow = { panels: number; openMs: number; rssMb: number; modes: ModeRow[] };

export type E2eReport = {
  options: E2eOptions;
  rows: E2eRow[];
  fluid: FluidReport | null;
  fluidError: string | null;
  /** 1-minute load average when the run started: other work on the machine skews the figures. */
  loadAtStart: number;
};

import { z } from 'zod';
import { optionalPhaseSchema } from '../../shared/retro/phases.js';
import { storedColumnSchema } from '../../shared/retro/templates.js';

/** The JSON kept in `retros.columns` and `retros.options`, checked when read back. */
export const retroColumnsSchema = z.array(storedColumnSchema);
export const storedOptionsSchema = z.object({
  anonymous: z.boolean(),
  voteBudget: z.number().int(),
  perGroupCap: z.number().int(),
  skip: z.array(optionalPhaseSchema),
  /** Post the summary card in the meeting chat at the end; retros from before the bot say nothing. */
  postSummary: z.boolean().default(true),
});
export type StoredOptions = z.infer<typeof storedOptionsSchema>;

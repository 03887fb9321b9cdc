import { z } from 'zod';
import { retroViewSchema } from '../../shared/retro/api.js';

export {
  currentRetroSchema,
  retroHistorySchema,
  retroSummarySchema,
  retroViewSchema,
} from '../../shared/retro/api.js';

/** The answer to `POST /api/retros` and to every retro command. */
export const retroResultSchema = z.object({ retro: retroViewSchema });

export { retroCommandReplySchema } from '../../shared/retro/delta-schema.js';

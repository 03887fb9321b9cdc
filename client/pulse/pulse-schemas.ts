import { z } from 'zod';

export { pulseListSchema, resultsResponseSchema } from '../../shared/pulse/api.js';

/**
 * Writes answer with a confirmation or a pulse, and the UI refetches the list either way, so any
 * JSON body (or none) is accepted. Nothing here reads an answer back: the server never echoes one.
 */
export const acknowledgementSchema = z.unknown();

import { HttpError } from '../http-errors.js';

/** 409: the retro's state does not allow this now; the message says what to do instead. */
export const conflict = (message: string) => new HttpError(409, 'conflict', message);

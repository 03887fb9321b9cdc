import type { RetroCommand } from '../../shared/retro/api.js';
import { personClient, type RetroTestApp } from '../../server/test-support/retro-app.js';
import type { EntraFakes } from '../../server/test-support/entra-fakes.js';
import { addMeeting, type Person } from './people.js';

const columns = ['start', 'stop', 'continue'];
/** Cards on the board before the panels open, so views are not trivially small. */
export const seedCards = 24;

/**
 * A retro with `people` in its meeting chat, in gather with its cards revealed (check-in and
 * review skipped): from here a timer change or a new card is public, so every panel gets it.
 */
export async function seedRetro(
  target: RetroTestApp,
  fakes: EntraFakes,
  facilitator: Person,
  people: Person[],
): Promise<string> {
  const chatId = addMeeting(fakes, people);
  const client = personClient(() => target.app, facilitator.token);
  const created = await client.post('/api/retros', {
    chatId,
    templateId: 'start-stop-continue',
    options: { anonymous: true, voteBudget: 5, perGroupCap: 3, skip: ['checkin', 'review'] },
  });
  if (created.status !== 201) throw new Error(`Creating the bench retro failed: ${created.raw}`);
  const id = (created.body as { retro: { id: string } }).retro.id;
  const command = async (body: RetroCommand) => {
    const reply = await client.command(id, body);
    if (reply.status >= 300) throw new Error(`A bench setup command failed: ${reply.raw}`);
  };
  for (let i = 0; i < seedCards; i += 1) {
    await command({ type: 'addCard', columnId: columns[i % 3]!, text: `Seed card ${i + 1}` });
  }
  await command({ type: 'reveal' });
  return id;
}

/**
 * The facilitator's public changes, in turn: start the timer, add a card, stop the timer, add a
 * card. After the reveal each new card is public (text and all).
 */
export function commandMix(count: number, label: string): RetroCommand[] {
  return Array.from({ length: count }, (_, i): RetroCommand => {
    switch (i % 4) {
      case 0:
        return { type: 'startTimer', seconds: 120 };
      case 2:
        return { type: 'stopTimer' };
      default:
        return {
          type: 'addCard',
          columnId: columns[i % 3]!,
          text: `${label} card ${i + 1}: what a facilitator might write during the retro`,
        };
    }
  });
}

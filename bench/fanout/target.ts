import type { ClientConnection, TickData } from './protocol.js';

/** A server under test: where clients connect, and how an event is published to all of them. */
export type FanoutTarget = {
  name: string;
  origin: string;
  connections(count: number): ClientConnection[];
  publish(data: TickData): Promise<void>;
  close(): Promise<void>;
};

/** A card-sized payload, the same in every target, so frames are realistic and comparable. */
export const payload = {
  card: {
    id: '3f1c2a9e-5b7d-4e8a-9c0f-1d2e3f4a5b6c',
    column: 'went-well',
    text: 'Pairing on the deploy pipeline made the release calm; let us keep doing that next sprint.',
    votes: 0,
  },
};

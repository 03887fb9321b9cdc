import { describe, expect, it } from 'vitest';
import { readTicks } from './ticks.js';

const frame = (data: object) =>
  `id: 1\nevent: bench.tick\ndata: ${JSON.stringify({ room: 'r', seq: 1, type: 'bench.tick', data })}\n\n`;

describe('readTicks', () => {
  it('reads the send times of measured ticks across frames and chunk-size lines', () => {
    const text =
      frame({ card: { text: 'a' }, run: 'x', phase: 'measure', i: 0, sentAt: 1700000000123.25 }) +
      '\r\n1a4\r\n' +
      frame({ run: 'x', phase: 'measure', i: 1, sentAt: 1700000000456.5 });
    expect(readTicks(text)).toEqual({ warm: false, sentAts: [1700000000123.25, 1700000000456.5] });
  });

  it('counts warm-up ticks apart and ignores other frames', () => {
    const text = ': connected\n\n' + frame({ run: 'x', phase: 'warmup', i: 0, sentAt: 5 });
    expect(readTicks(text)).toEqual({ warm: true, sentAts: [] });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyVote, checkVote, votesLeft } from './votes.js';

const total = (votes: Record<string, number>): number =>
  Object.values(votes).reduce((sum, count) => sum + count, 0);

describe('votes under any sequence of attempts', () => {
  it('keeps within budget and cap, and refuses only what would break them', () => {
    const attempt = fc.record({
      groupId: fc.constantFrom('g1', 'g2', 'g3', 'g4'),
      delta: fc.constantFrom<1 | -1>(1, -1),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 20 }),
        fc.array(attempt, { maxLength: 80 }),
        (budget, cap, attempts) => {
          let votes: Record<string, number> = {};
          for (const { groupId, delta } of attempts) {
            const decision = checkVote({ budget, cap }, votes, groupId, delta);
            const after = applyVote(votes, groupId, delta);
            const count = after[groupId] ?? 0;
            const breaks = total(after) > budget || count > cap || count < 0;
            expect(decision.ok, 'allowed exactly when nothing breaks').toBe(!breaks);
            if (!decision.ok) {
              expect(decision.refusal.id).toMatch(/^rules\.vote\./);
              continue;
            }
            votes = after;
            expect(total(votes)).toBeLessThanOrEqual(budget);
            expect(votesLeft(budget, votes)).toBe(budget - total(votes));
            for (const value of Object.values(votes)) {
              expect(value).toBeGreaterThan(0);
              expect(value).toBeLessThanOrEqual(cap);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('vote examples', () => {
  const limits = { budget: 5, cap: 3 };

  it('refuses a fourth vote on one topic with the cap in the reason', () => {
    const decision = checkVote(limits, { g1: 3 }, 'g1', 1);
    expect(decision).toEqual({
      ok: false,
      refusal: { id: 'rules.vote.capReached', values: { cap: 3 } },
    });
    expect(checkVote(limits, { g1: 3 }, 'g2', 1).ok).toBe(true);
  });

  it('refuses a sixth vote and taking back a vote never given', () => {
    expect(checkVote(limits, { g1: 3, g2: 2 }, 'g3', 1).ok).toBe(false);
    expect(checkVote(limits, { g1: 3, g2: 2 }, 'g3', -1).ok).toBe(false);
    expect(checkVote(limits, { g1: 3, g2: 2 }, 'g2', -1).ok).toBe(true);
    expect(votesLeft(5, { g1: 3, g2: 2 })).toBe(0);
  });

  it('applies votes without changing the input and drops emptied groups', () => {
    const mine = { g1: 1, g2: 2 };
    expect(applyVote(mine, 'g1', -1)).toEqual({ g2: 2 });
    expect(applyVote(mine, 'g3', 1)).toEqual({ g1: 1, g2: 2, g3: 1 });
    expect(mine).toEqual({ g1: 1, g2: 2 });
  });
});

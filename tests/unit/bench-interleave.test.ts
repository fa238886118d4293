/**
 * How the bench interleaves its measurements (bench/query-bench.ts): the order of the systems turns each round, and a
 * run by count asks about what 2 cores answer in one round.
 */
import { describe, expect, it } from 'vitest';
import { perConnection, rotate } from '../../bench/query-bench.ts';

describe('the interleaved runs of the bench', () => {
  it('turn the order of the systems each round, so that each goes first, second and last in turn', () => {
    const systems = ['plangraph', 'floor', 'peer'];
    const rounds = [0, 1, 2, 3].map((r) => rotate(systems, r));
    expect(rounds).toEqual([
      ['plangraph', 'floor', 'peer'],
      ['floor', 'peer', 'plangraph'],
      ['peer', 'plangraph', 'floor'],
      ['plangraph', 'floor', 'peer'],
    ]);
    for (const position of [0, 1, 2]) expect(new Set(rounds.slice(0, 3).map((r) => r[position])).size).toBe(3);
    expect(rotate([], 2)).toEqual([]);
  });

  it('by count, ask about what 2 cores answer in a round: at least one request per connection, at most 20', () => {
    // 40 ms an answer, 16 connections, 1 s rounds: 2 cores answer about 50, three per connection
    expect(perConnection(40, 16, 1)).toBe(3);
    // an answer slower than the round on every connection: one each
    expect(perConnection(2_000, 16, 1)).toBe(1);
    // a quick answer: capped
    expect(perConnection(1, 1, 1)).toBe(20);
  });
});

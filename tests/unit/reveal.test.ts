import { describe, expect, it } from 'vitest';
import { revealInTurn, SHOWN } from '../../src/client/reveal';

/** Idle moments the test hands out one at a time, as a browser does between frames. */
function idleQueue() {
  const queue: (() => void)[] = [];
  return {
    idle: (cb: () => void) => void queue.push(cb),
    run: () => queue.shift()?.(),
    get pending() {
      return queue.length;
    },
  };
}

const section = (name: string, log: string[]) => ({ setAttribute: (a: string) => void log.push(`${name}:${a}`) });

describe('laying out far sections after load (src/client/reveal.ts)', () => {
  it('shows one section per idle moment, in page order, and says when all are shown', () => {
    const log: string[] = [];
    const q = idleQueue();
    let done = false;
    revealInTurn([section('planer', log), section('tidslinje', log), section('tall', log)], q.idle, () => (done = true));
    // nothing happens before the browser is idle: the first screen is drawn first
    expect(log).toEqual([]);
    q.run();
    expect(log).toEqual([`planer:${SHOWN}`]);
    q.run();
    q.run();
    expect(log).toEqual([`planer:${SHOWN}`, `tidslinje:${SHOWN}`, `tall:${SHOWN}`]);
    expect(done).toBe(false);
    q.run();
    expect(done).toBe(true);
    expect(q.pending).toBe(0);
  });

  it('a page without sections is done at the first idle moment', () => {
    const q = idleQueue();
    let done = false;
    revealInTurn([], q.idle, () => (done = true));
    q.run();
    expect(done).toBe(true);
  });
});

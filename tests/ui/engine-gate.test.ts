import { describe, expect, it } from 'vitest';
import { engineGate } from '../../src/ui/engine-gate';

describe('the engine gate: a press on the title before the engine has loaded', () => {
  it('keeps the first press and runs it exactly once when the engine arrives', () => {
    const gate = engineGate<string>();
    const runs: string[] = [];
    expect(gate.request((engine) => runs.push(`levels with ${engine}`))).toBe('queued');
    expect(gate.waiting()).toBe(true);
    expect(runs).toEqual([]);
    gate.ready('phaser');
    expect(runs).toEqual(['levels with phaser']);
    expect(gate.waiting()).toBe(false);
    // A second arrival (the title scene starting again) runs nothing twice.
    gate.ready('phaser again');
    expect(runs).toEqual(['levels with phaser']);
    expect(gate.engine()).toBe('phaser');
  });

  it('drops a second press while the first waits: no double start', () => {
    const gate = engineGate<number>();
    const runs: string[] = [];
    expect(gate.request(() => runs.push('start'))).toBe('queued');
    expect(gate.request(() => runs.push('start again'))).toBe('dropped');
    expect(gate.request(() => runs.push('campaign'))).toBe('dropped');
    gate.ready(1);
    expect(runs).toEqual(['start']);
  });

  it('runs a press at once when the engine is already there', () => {
    const gate = engineGate<number>();
    gate.ready(7);
    const seen: number[] = [];
    expect(gate.request((engine) => seen.push(engine))).toBe('ran');
    expect(gate.request((engine) => seen.push(engine + 1))).toBe('ran');
    expect(seen).toEqual([7, 8]);
  });

  it('forgets a cancelled press (the player went elsewhere, or the engine failed) and keeps the next one', () => {
    const gate = engineGate<number>();
    const runs: string[] = [];
    gate.request(() => runs.push('start'));
    gate.cancel();
    expect(gate.waiting()).toBe(false);
    expect(gate.request(() => runs.push('campaign'))).toBe('queued');
    gate.ready(1);
    expect(runs).toEqual(['campaign']);
  });
});

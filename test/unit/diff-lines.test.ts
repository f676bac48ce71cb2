import { describe, expect, it } from 'vitest';
import { comparable, diffLines } from '../../lib/diff-lines';

describe('diffLines', () => {
  it('keeps common lines and marks what the right side removed and added, in order', () => {
    expect(diffLines('a\nb\nc', 'a\nx\nc\nd')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
  });

  it('finds nothing to change in equal texts', () => {
    expect(diffLines('x\ny', 'x\ny').every((line) => line.kind === 'same')).toBe(true);
  });

  it('compares very long texts line by line without running out of memory', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `line ${i}`).join('\n');
    const diff = diffLines(long, long.replace('line 5\n', 'line five\n'));
    expect(diff.filter((line) => line.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'line 5' },
      { kind: 'added', text: 'line five' },
    ]);
  });
});

describe('comparable', () => {
  it('makes JSON compare by content: keys sorted, one value a line', () => {
    expect(comparable('{"b":1,"a":{"d":2,"c":[1,2]}}')).toBe(comparable('{ "a": { "c": [1, 2], "d": 2 }, "b": 1 }'));
    expect(diffLines(comparable('{"a":1,"b":2}'), comparable('{"b":3,"a":1}'))).toEqual([
      { kind: 'same', text: '{' },
      { kind: 'same', text: '  "a": 1,' },
      { kind: 'removed', text: '  "b": 2' },
      { kind: 'added', text: '  "b": 3' },
      { kind: 'same', text: '}' },
    ]);
  });

  it('leaves other text as it is', () => {
    expect(comparable('event: done\ndata: {}')).toBe('event: done\ndata: {}');
  });
});

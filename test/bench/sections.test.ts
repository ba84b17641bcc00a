import { describe, expect, it } from 'vitest';
import { keepSections } from '../../bench/sections.ts';

describe('BENCHMARKS.md sections', () => {
  const previous =
    '# Benchmarks\nold run\n\n<!-- bench:realtime -->\nfan-out figures\n<!-- /bench:realtime -->\n';

  it('keeps another bench’s section when npm run bench writes the file anew', () => {
    expect(keepSections(previous, '# Benchmarks\nnew run\n')).toBe(
      '# Benchmarks\nnew run\n\n<!-- bench:realtime -->\nfan-out figures\n<!-- /bench:realtime -->\n',
    );
  });

  it('takes the new text of a section the new file holds itself', () => {
    const next = '# Benchmarks\n<!-- bench:realtime -->\nnew figures\n<!-- /bench:realtime -->\n';
    expect(keepSections(previous, next)).toBe(next);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keys, scopeKey } from '../../src/loaders/index.ts';
import { InvalidArgumentError } from '../../src/twilio/form.ts';

describe('loader keys', () => {
  it('percent-encode every segment exactly as encodeURIComponent does, SIDs included', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.stringMatching(/^[A-Za-z0-9_.~!*'()/%-]{0,20}$/),
      fc.constant(`IM${'a'.repeat(32)}`),
    );
    fc.assert(
      fc.property(text, text, (conversation, sid) => {
        expect(keys.participant(`IS${'1'.repeat(32)}`, conversation, sid).key).toBe(
          `svc:IS${'1'.repeat(32)}/CH/${encodeURIComponent(conversation)}/MB/${encodeURIComponent(sid)}`,
        );
        expect(scopeKey(conversation || undefined)).toBe(
          conversation ? `svc:${encodeURIComponent(conversation)}` : 'default',
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('refuse text that could never be sent (a lone surrogate), naming the argument', () => {
    expect(() => keys.user(undefined, 'ana\uD800')).toThrow(InvalidArgumentError);
    expect(() => keys.message(undefined, 'CH\uDC00', 'IM1')).toThrow(/conversationSid/);
    expect(() => scopeKey('IS\uD800')).toThrow(/serviceSid/);
  });
});

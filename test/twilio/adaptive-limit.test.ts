import { describe, expect, it } from 'vitest';
import { createAdaptiveLimits } from '../../src/twilio/adaptive-limit.ts';

describe('adaptive in-flight limit', () => {
  it('drops to one below the smallest refused position of a wave, whatever order the 429s come in', () => {
    const limits = createAdaptiveLimits({ max: 50 });
    // A wave of 30: Twilio took 4, refused the 5th to the 30th; answers arrive out of order.
    expect(limits.rateLimited('a', 30)).toBe(true);
    expect(limits.limitOf('a')).toBe(29);
    expect(limits.rateLimited('a', 5)).toBe(true);
    expect(limits.rateLimited('a', 17)).toBe(true);
    expect(limits.limitOf('a')).toBe(4);
    expect(limits.limitOf('b')).toBe(50);
    expect(limits.lowered()).toBe(1);
  });

  it('says a 429 sent within the lowered limit is not explained by it: back off instead', () => {
    const limits = createAdaptiveLimits({ max: 50 });
    limits.rateLimited('a', 5);
    expect(limits.rateLimited('a', 3)).toBe(true);
    expect(limits.limitOf('a')).toBe(2);
    expect(limits.rateLimited('a', 1)).toBe(false);
    expect(limits.limitOf('a')).toBe(1);
  });

  it('grows by one after as many successes as the limit, and forgets the credential at the maximum', () => {
    const limits = createAdaptiveLimits({ max: 6 });
    limits.rateLimited('a', 5);
    const raised: boolean[] = [];
    for (let i = 0; i < 4 + 5; i += 1) raised.push(limits.succeeded('a'));
    expect(raised.filter(Boolean)).toHaveLength(2);
    expect(raised[3]).toBe(true);
    expect(limits.limitOf('a')).toBe(6);
    expect(limits.lowered()).toBe(0);
    expect(limits.succeeded('a')).toBe(false);
  });

  it('remembers at most maxKept lowered credentials, the oldest going back to the maximum', () => {
    const limits = createAdaptiveLimits({ max: 10, maxKept: 2 });
    for (const key of ['a', 'b', 'c']) limits.rateLimited(key, 3);
    expect(limits.lowered()).toBe(2);
    expect(limits.limitOf('a')).toBe(10);
    expect(limits.limitOf('c')).toBe(2);
  });
});

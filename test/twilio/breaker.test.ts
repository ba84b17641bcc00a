import { describe, expect, it } from 'vitest';
import { type AttemptVerdict, type CircuitState, createCircuitBreaker } from '../../src/twilio/breaker.ts';

function harness(options: Parameters<typeof createCircuitBreaker>[0] = {}) {
  let time = 1_000_000;
  const states: CircuitState[] = [];
  const breaker = createCircuitBreaker({
    now: () => time,
    onStateChange: (state) => states.push(state),
    ...options,
  });
  const attempt = (verdict: AttemptVerdict) => {
    const permit = breaker.tryPass();
    if (!permit) return false;
    permit.settle(verdict);
    return true;
  };
  const advance = (ms: number) => {
    time += ms;
  };
  return { breaker, states, attempt, advance };
}

describe('circuit breaker state machine', () => {
  it('defaults to 20 attempts, 50 % failures, 10 s window and 30 s open', () => {
    const { breaker, attempt, advance } = harness();
    for (let i = 0; i < 10; i++) attempt('success');
    for (let i = 0; i < 9; i++) attempt('failure');
    expect(breaker.state()).toBe('closed');
    // The 20th attempt, the 10th failure: 50 % of 20.
    attempt('failure');
    expect(breaker.state()).toBe('open');
    expect(breaker.tryPass()).toBeNull();
    advance(29_999);
    expect(breaker.wouldPass()).toBe(false);
    advance(1);
    expect(breaker.state()).toBe('half-open');
  });

  it('needs the minimum number of attempts, whatever the ratio', () => {
    const { breaker, attempt } = harness();
    for (let i = 0; i < 19; i++) attempt('failure');
    expect(breaker.state()).toBe('closed');
    attempt('failure');
    expect(breaker.state()).toBe('open');
  });

  it('stays closed below the failure ratio', () => {
    const { breaker, attempt } = harness();
    for (let i = 0; i < 100; i++) attempt(i % 5 < 3 ? 'success' : 'failure');
    expect(breaker.state()).toBe('closed');
  });

  it('forgets attempts older than the window', () => {
    const { breaker, attempt, advance } = harness();
    for (let i = 0; i < 15; i++) attempt('failure');
    advance(10_500);
    for (let i = 0; i < 15; i++) attempt('failure');
    // 30 failures in all, but only 15 in the last 10 s.
    expect(breaker.state()).toBe('closed');
    for (let i = 0; i < 5; i++) attempt('failure');
    expect(breaker.state()).toBe('open');
  });

  it('counts neither 4xx answers nor attempts without a verdict', () => {
    const { breaker, attempt } = harness();
    for (let i = 0; i < 1000; i++) attempt('client-error');
    for (let i = 0; i < 1000; i++) attempt('none');
    for (let i = 0; i < 19; i++) attempt('failure');
    expect(breaker.state()).toBe('closed');
    attempt('failure');
    expect(breaker.state()).toBe('open');
  });

  it('lets exactly one probe through when half-open; its success closes it with a fresh window', () => {
    const { breaker, states, attempt, advance } = harness({ minimumCalls: 4, openMs: 1000 });
    for (let i = 0; i < 4; i++) attempt('failure');
    advance(1000);
    const probe = breaker.tryPass();
    expect(probe).not.toBeNull();
    expect(breaker.wouldPass()).toBe(false);
    expect(breaker.tryPass()).toBeNull();
    probe?.settle('success');
    expect(breaker.state()).toBe('closed');
    // The failures before opening are gone: three more do not reopen it.
    for (let i = 0; i < 3; i++) attempt('failure');
    expect(breaker.state()).toBe('closed');
    expect(states).toEqual(['open', 'half-open', 'closed']);
  });

  it('closes on a probe answered 4xx: Twilio answered', () => {
    const { breaker, attempt, advance } = harness({ minimumCalls: 4, openMs: 1000 });
    for (let i = 0; i < 4; i++) attempt('failure');
    advance(1000);
    attempt('client-error');
    expect(breaker.state()).toBe('closed');
  });

  it('opens for another period when the probe fails', () => {
    const { breaker, states, attempt, advance } = harness({ minimumCalls: 4, openMs: 1000 });
    for (let i = 0; i < 4; i++) attempt('failure');
    advance(1000);
    attempt('failure');
    expect(breaker.state()).toBe('open');
    advance(999);
    expect(breaker.tryPass()).toBeNull();
    advance(1);
    expect(breaker.state()).toBe('half-open');
    expect(states).toEqual(['open', 'half-open', 'open', 'half-open']);
  });

  it('frees the probe when it ends without a verdict', () => {
    const { breaker, attempt, advance } = harness({ minimumCalls: 4, openMs: 1000 });
    for (let i = 0; i < 4; i++) attempt('failure');
    advance(1000);
    attempt('none');
    expect(breaker.state()).toBe('half-open');
    expect(breaker.wouldPass()).toBe(true);
    attempt('success');
    expect(breaker.state()).toBe('closed');
  });

  it('ignores attempts let through before the last change of state', () => {
    const { breaker, attempt, advance } = harness({ minimumCalls: 4, openMs: 1000 });
    const stragglers = Array.from({ length: 10 }, () => breaker.tryPass());
    for (let i = 0; i < 4; i++) attempt('failure');
    expect(breaker.state()).toBe('open');
    advance(1000);
    const probe = breaker.tryPass();
    // Answers to attempts sent while it was closed say nothing about the probe.
    for (const permit of stragglers) permit?.settle('success');
    expect(breaker.state()).toBe('half-open');
    expect(breaker.tryPass()).toBeNull();
    probe?.settle('failure');
    expect(breaker.state()).toBe('open');
  });

  it('settles each permit once', () => {
    const { breaker } = harness({ minimumCalls: 2 });
    const permit = breaker.tryPass();
    permit?.settle('failure');
    permit?.settle('failure');
    expect(breaker.state()).toBe('closed');
  });

  it('rejects thresholds that make no sense', () => {
    expect(() => createCircuitBreaker({ failureRatio: 0 })).toThrow(RangeError);
    expect(() => createCircuitBreaker({ failureRatio: 1.5 })).toThrow(RangeError);
    expect(() => createCircuitBreaker({ minimumCalls: 0 })).toThrow(RangeError);
    expect(() => createCircuitBreaker({ windowMs: 0 })).toThrow(RangeError);
    expect(() => createCircuitBreaker({ openMs: -1 })).toThrow(RangeError);
  });
});

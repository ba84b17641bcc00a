import fc from 'fast-check';
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { computeSignature, isValidSignature, paramsOf } from '../../src/realtime/signature.ts';

/** The same parameters as the SDK takes them: a repeated name as an array. */
function sdkParams(params: Map<string, string[]>): Record<string, string | string[]> {
  return Object.fromEntries(
    [...params].map(([name, values]) => [name, values.length === 1 ? (values[0] ?? '') : values]),
  );
}

describe('X-Twilio-Signature', () => {
  it('matches the example of Twilio’s documentation', () => {
    const params = paramsOf(
      new URLSearchParams({
        CallSid: 'CA1234567890ABCDE',
        Caller: '+12349013030',
        Digits: '1234',
        From: '+12349013030',
        To: '+18005551212',
      }),
    );
    expect(computeSignature('12345', 'https://mycompany.com/myapp.php?foo=1&bar=2', params)).toBe(
      '0/KCTR6DLpKmkAf8muzZqo1nDgQ=',
    );
  });

  it('computes what the official SDK computes, repeated and non-ASCII parameters included', () => {
    const name = fc.string({ minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(name, fc.string({ maxLength: 30 })), { maxLength: 12 }),
        (token, entries) => {
          const params = new Map<string, string[]>();
          for (const [key, value] of entries) params.set(key, [...(params.get(key) ?? []), value]);
          const url = 'https://gw.example.com/webhooks/twilio?x=1';
          const ours = computeSignature(token, url, params);
          expect(ours).toBe(twilio.getExpectedTwilioSignature(token, url, sdkParams(params)));
          expect(twilio.validateRequest(token, ours, url, sdkParams(params))).toBe(true);
        },
      ),
    );
  });

  it('accepts a signature over the URL with or without its default port, as the SDK does', () => {
    const params = paramsOf(new URLSearchParams('EventType=onMessageAdded&AccountSid=AC1'));
    const signedWithPort = computeSignature('token', 'https://gw.example.com:443/webhooks/twilio', params);
    expect(isValidSignature('token', signedWithPort, 'https://gw.example.com/webhooks/twilio', params)).toBe(
      true,
    );
    const signedWithout = computeSignature('token', 'http://gw.example.com/webhooks/twilio', params);
    expect(isValidSignature('token', signedWithout, 'http://gw.example.com:80/webhooks/twilio', params)).toBe(
      true,
    );
  });

  it('refuses a missing signature, another token, another URL and a changed parameter', () => {
    const url = 'https://gw.example.com/webhooks/twilio';
    const params = paramsOf(new URLSearchParams('EventType=onMessageAdded&Body=hello'));
    const signature = computeSignature('token', url, params);
    expect(isValidSignature('token', signature, url, params)).toBe(true);
    expect(isValidSignature('token', null, url, params)).toBe(false);
    expect(isValidSignature('token', '', url, params)).toBe(false);
    expect(isValidSignature('other-token', signature, url, params)).toBe(false);
    expect(isValidSignature('token', signature, 'https://evil.example.com/webhooks/twilio', params)).toBe(
      false,
    );
    const changed = paramsOf(new URLSearchParams('EventType=onMessageAdded&Body=hellO'));
    expect(isValidSignature('token', signature, url, changed)).toBe(false);
  });
});

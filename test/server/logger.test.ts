import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/server/logger.ts';
import { createSecretRedactor } from '../../src/server/redact.ts';
import { TwilioApiError } from '../../src/twilio/errors.ts';

const SECRET = 'logger-test-secret-5e7a';

function capture(level: 'debug' | 'info' | 'warn' | 'error') {
  const lines: string[] = [];
  const logger = createLogger({
    level,
    redactor: createSecretRedactor([SECRET]),
    write: (line) => lines.push(line),
  });
  return { logger, lines, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('logger', () => {
  it('writes one JSON object per line with the level by name, an ISO time, the message and the fields', () => {
    const { logger, lines, records } = capture('info');
    logger.info({ operationName: 'Inbox', upstreamCalls: 3 }, 'request');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith('\n')).toBe(true);
    expect(records()[0]).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      msg: 'request',
      operationName: 'Inbox',
      upstreamCalls: 3,
    });
  });

  it('scrubs secrets from every line, in messages, fields and errors', () => {
    const { logger, lines } = capture('debug');
    logger.warn(`token ${SECRET} in the message`);
    logger.info({ header: `Basic ${Buffer.from(`AC1:${SECRET}`).toString('base64')}` }, 'fields');
    logger.error({ error: new Error(`failed with ${SECRET}`) }, 'error');
    const text = lines.join('');
    expect(text).not.toContain(SECRET);
    expect(text.match(/\[REDACTED\]/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('writes nothing below its level', () => {
    const { logger, lines } = capture('info');
    logger.debug({ call: 'FetchConversation' }, 'upstream call');
    expect(logger.isLevelEnabled('debug')).toBe(false);
    expect(lines).toEqual([]);
  });

  it('keeps an error’s name, message and stack, and a Twilio error as it describes itself', () => {
    const { logger, records } = capture('info');
    logger.error({ error: new TypeError('bad') }, 'plain');
    const twilio = new TwilioApiError({
      kind: 'http',
      message: 'Not found',
      method: 'GET',
      route: '/v1/Conversations/{Sid}',
      operationId: 'FetchConversation',
      status: 404,
      code: 20404,
    });
    logger.error({ error: twilio }, 'twilio');
    const [plain, described] = records();
    expect(plain?.error).toMatchObject({
      name: 'TypeError',
      message: 'bad',
      stack: expect.stringContaining('TypeError'),
    });
    expect(described?.error).toEqual(twilio.toJSON());
  });
});

describe('secret redactor', () => {
  const basic = (user: string, secret: string) => Buffer.from(`${user}:${secret}`).toString('base64');

  it('scrubs a caller’s secret only while it is held, however the held set changed between lines', () => {
    const redactor = createSecretRedactor(['server-secret-1']);
    expect(redactor.redact('server-secret-1')).toBe('[REDACTED]');
    const releaseA = redactor.hold('caller-secret-a', 'ACaaaa');
    expect(redactor.redact('x caller-secret-a y')).toBe('x [REDACTED] y');
    // A second caller arrives after lines have been written: their secret is scrubbed too.
    const releaseB = redactor.hold('caller-secret-bb', 'ACbbbb');
    expect(redactor.redact(`caller-secret-bb ${basic('ACbbbb', 'caller-secret-bb')}`)).toBe(
      '[REDACTED] [REDACTED]',
    );
    releaseB();
    expect(redactor.redact('caller-secret-bb')).toBe('caller-secret-bb');
    expect(redactor.redact('caller-secret-a')).toBe('[REDACTED]');
    releaseA();
    expect(redactor.redact('caller-secret-a')).toBe('caller-secret-a');
    expect(redactor.redact('server-secret-1')).toBe('[REDACTED]');
  });

  it('scrubs the new secret of a username that comes with another one, and still the old while held', () => {
    const redactor = createSecretRedactor();
    const releaseOld = redactor.hold('old-secret-1', 'ACcccc');
    const releaseNew = redactor.hold('new-secret-2', 'ACcccc');
    expect(redactor.redact(`old-secret-1 new-secret-2 ${basic('ACcccc', 'new-secret-2')}`)).toBe(
      '[REDACTED] [REDACTED] [REDACTED]',
    );
    releaseOld();
    expect(redactor.redact('old-secret-1 new-secret-2')).toBe('old-secret-1 [REDACTED]');
    releaseNew();
    // Held again after both were released: the forms kept for the username are scrubbed again.
    const again = redactor.hold('new-secret-2', 'ACcccc');
    expect(redactor.redact(basic('ACcccc', 'new-secret-2'))).toBe('[REDACTED]');
    again();
  });
});

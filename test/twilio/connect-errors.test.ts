import { errors, Pool } from 'undici';
import { describe, expect, it } from 'vitest';
import { failedBeforeSending } from '../../src/twilio/connect-errors.ts';
import { freePort } from '../helpers/ports.ts';

function systemError(code: string, syscall: string): Error {
  return Object.assign(new Error(`${syscall} ${code}`), { code, syscall, errno: -1 });
}

describe('failures before the request was written', () => {
  it('recognises the error undici raises for a refused connection', async () => {
    const pool = new Pool(`http://127.0.0.1:${await freePort()}`);
    const error = await pool.request({ method: 'POST', path: '/', body: 'x' }).catch((caught) => caught);
    await pool.close();
    expect(error).toMatchObject({ code: 'ECONNREFUSED', syscall: 'connect' });
    expect(failedBeforeSending(error)).toBe(true);
  });

  it.each([
    ['a refused connection', systemError('ECONNREFUSED', 'connect')],
    ['an unreachable host at connect', systemError('EHOSTUNREACH', 'connect')],
    ['an unreachable network at connect', systemError('ENETUNREACH', 'connect')],
    ['a name that does not resolve', systemError('ENOTFOUND', 'getaddrinfo')],
    ['a name lookup that failed for now', systemError('EAI_AGAIN', 'getaddrinfo')],
    ['a connect timeout', new errors.ConnectTimeoutError()],
    [
      'every address of happy eyeballs refused',
      new AggregateError([systemError('ECONNREFUSED', 'connect'), systemError('ECONNREFUSED', 'connect')]),
    ],
  ])('counts %s as never sent', (_, error) => {
    expect(failedBeforeSending(error)).toBe(true);
  });

  it.each([
    ['an unreachable host on a read', systemError('EHOSTUNREACH', 'read')],
    ['an unreachable network on a write', systemError('ENETUNREACH', 'write')],
    ['a reset', systemError('ECONNRESET', 'read')],
    ['a broken pipe', systemError('EPIPE', 'write')],
    [
      'a socket error caused by an unreachable host',
      Object.assign(new errors.SocketError('other side closed'), {
        cause: systemError('EHOSTUNREACH', 'read'),
      }),
    ],
    [
      'a socket error caused by a refused connection',
      Object.assign(new errors.SocketError('closed'), { cause: systemError('ECONNREFUSED', 'connect') }),
    ],
    ['a code without its system call', Object.assign(new Error('x'), { code: 'EHOSTUNREACH' })],
    ['a refusal reported by another call', systemError('ECONNREFUSED', 'read')],
    [
      'happy eyeballs where one address failed after connecting',
      new AggregateError([systemError('ECONNREFUSED', 'connect'), systemError('ECONNRESET', 'read')]),
    ],
    ['an empty aggregate', new AggregateError([])],
    ['headers that timed out', new errors.HeadersTimeoutError()],
    ['not an error', 'ECONNREFUSED'],
  ])('counts %s as possibly sent', (_, error) => {
    expect(failedBeforeSending(error)).toBe(false);
  });
});

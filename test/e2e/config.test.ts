import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, describeConfig, loadConfig } from '../../src/config/index.ts';
import { runGatewayCommand } from '../helpers/gateway-process.ts';

const SID = `AC${'1'.repeat(32)}`;
const KEY = `SK${'2'.repeat(32)}`;
const TOKEN = 'gateway-token-0123456789';

function ok(env: Record<string, string>, flags = {}) {
  const result = loadConfig(env, flags);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.config;
}

describe('configuration', () => {
  it('documents every variable it reads in the README table, each default as the code has it', () => {
    const read = new Set<string>();
    const env = new Proxy({} as Record<string, string | undefined>, {
      get: (_target, name) => {
        if (typeof name === 'string') read.add(name);
        return undefined;
      },
    });
    loadConfig(env);
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const rows = new Map(
      readme
        .split('\n')
        .filter((line) => line.startsWith('| `'))
        .map((line) => [/^\| `([A-Z_]+)`/.exec(line)?.[1] ?? '', line.split('|').map((cell) => cell.trim())]),
    );
    expect(read.size).toBeGreaterThanOrEqual(20);
    for (const name of read) expect(rows.has(name), `${name} is missing from the README table`).toBe(true);
    for (const [name, value] of Object.entries(DEFAULTS)) {
      expect(rows.get(name)?.[3], `default of ${name}`).toBe(`\`${value}\``);
    }
  });

  it('defaults to demo mode on 127.0.0.1:4000 with the documented limits', () => {
    const config = ok({});
    expect(config.authMode).toBe('demo');
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.production).toBe(false);
    expect(config.upstream.baseUrl).toBeNull();
    expect(config.corsOrigins).toEqual([]);
    expect(config.logLevel).toBe('info');
    expect(config.limits).toEqual({
      maxDepth: 15,
      maxIntrospectionDepth: 20,
      maxAliases: 15,
      maxDirectives: 50,
      maxTokens: 2000,
      maxRootFields: 10,
      maxQueryChars: 15_000,
      maxUpstreamCalls: 250,
      maxBodyBytes: 1_000_000,
    });
    expect(config.upstream).toMatchObject({ attemptTimeoutMs: 5000, deadlineMs: 15_000, maxInFlight: 50 });
    expect(config.shutdownGraceMs).toBe(DEFAULTS.SHUTDOWN_GRACE_MS);
  });

  it('takes an empty or blank variable as unset, so its default applies', () => {
    const config = ok({
      PORT: '',
      LOG_LEVEL: '  ',
      TWILIO_CONVERSATIONS_URL: '',
      AUTH_MODE: '',
      MAX_DEPTH: ' ',
    });
    expect(config.port).toBe(DEFAULTS.PORT);
    expect(config.logLevel).toBe(DEFAULTS.LOG_LEVEL);
    expect(config.authMode).toBe('demo');
    expect(config.limits.maxDepth).toBe(DEFAULTS.MAX_DEPTH);
  });

  it('chooses pass-through when only an upstream URL is set', () => {
    const config = ok({ TWILIO_CONVERSATIONS_URL: 'http://127.0.0.1:4010/' });
    expect(config.authMode).toBe('pass-through');
    expect(config.upstream.baseUrl).toBe('http://127.0.0.1:4010');
  });

  it('chooses server mode when server credentials are set, against Twilio by default', () => {
    const config = ok({ TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: 'secret-token', GATEWAY_TOKENS: TOKEN });
    expect(config.authMode).toBe('server');
    expect(config.credentials).toEqual({ username: SID, password: 'secret-token', accountSid: SID });
    expect(config.upstream.baseUrl).toBe('https://conversations.twilio.com');
  });

  it('uses an API key without an Account SID', () => {
    const config = ok({
      TWILIO_API_KEY: KEY,
      TWILIO_API_SECRET: 'key-secret',
      GATEWAY_TOKENS: `${TOKEN},${TOKEN}x`,
    });
    expect(config.credentials).toEqual({ username: KEY, password: 'key-secret', accountSid: null });
    expect(config.gatewayTokens).toHaveLength(2);
  });

  it('lets flags override the environment', () => {
    const config = ok({ PORT: '5000', LOG_LEVEL: 'warn' }, { port: '0', logLevel: 'debug' });
    expect(config.port).toBe(0);
    expect(config.logLevel).toBe('debug');
  });

  it('turns production on only for NODE_ENV=production', () => {
    expect(ok({ NODE_ENV: 'production' }).production).toBe(true);
    expect(ok({ NODE_ENV: 'test' }).production).toBe(false);
  });

  it('reports every problem at once', () => {
    const result = loadConfig({
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      AUTH_MODE: 'server',
      TWILIO_ACCOUNT_SID: 'ACnope',
      GATEWAY_TOKENS: 'short',
      INTROSPECTION_TOKENS: 'tiny',
      CORS_ORIGINS: '*,not a url',
      MAX_DEPTH: '0',
      TWILIO_CONVERSATIONS_URL: 'ftp://example.com/v1',
      UPSTREAM_ATTEMPT_TIMEOUT_MS: '20000',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.errors.join('\n');
    for (const name of [
      'PORT',
      'LOG_LEVEL',
      'TWILIO_ACCOUNT_SID must be AC',
      'without TWILIO_AUTH_TOKEN',
      'GATEWAY_TOKENS',
      'INTROSPECTION_TOKENS',
      'CORS_ORIGINS cannot be "*"',
      '"not a url" is not an origin',
      'MAX_DEPTH',
      'TWILIO_CONVERSATIONS_URL',
      'UPSTREAM_DEADLINE_MS',
    ]) {
      expect(text).toContain(name);
    }
    expect(result.errors.length).toBeGreaterThanOrEqual(11);
  });

  it('refuses server credentials without gateway tokens', () => {
    const result = loadConfig({ TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: 'secret-token' });
    expect(result).toEqual({ ok: false, errors: [expect.stringContaining('GATEWAY_TOKENS')] });
  });

  it('never echoes a secret in an error or in the printable summary', () => {
    const secret = 'pasted-secret-value-123';
    const result = loadConfig({
      TWILIO_ACCOUNT_SID: secret,
      TWILIO_AUTH_TOKEN: secret,
      GATEWAY_TOKENS: 'tiny',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).not.toContain(secret);
    const config = ok({ TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: secret, GATEWAY_TOKENS: TOKEN });
    const summary = JSON.stringify(describeConfig(config));
    expect(summary).not.toContain(secret);
    expect(summary).not.toContain(TOKEN);
  });

  it('reports flag mistakes together with configuration errors, and exits 2', async () => {
    const run = await runGatewayCommand(['serve', '--bogus', '--port', 'x', 'stray', '--host'], {
      LOG_LEVEL: 'loud',
    });
    expect(run.code).toBe(2);
    for (const problem of [
      'unknown option --bogus',
      'unexpected argument "stray"',
      '--host needs a value',
      'PORT',
      'LOG_LEVEL',
    ]) {
      expect(run.stderr).toContain(problem);
    }
    const swallowed = await runGatewayCommand(['serve', '--host', '--port=0']);
    expect(swallowed.code).toBe(2);
    expect(swallowed.stderr).toContain('--host needs a value (got the option "--port=0")');
  });

  it('shows the defaults the configuration really has in serve --help', async () => {
    const run = await runGatewayCommand(['serve', '--help']);
    expect(run.code).toBe(0);
    const defaultOf = (flag: string) =>
      run.stdout.match(new RegExp(`^  ${flag} .*\\(default (\\S+?)[;)]`, 'm'))?.[1];
    expect(defaultOf('--port')).toBe(String(DEFAULTS.PORT));
    expect(defaultOf('--host')).toBe(DEFAULTS.HOST);
    expect(defaultOf('--auth-mode')).toBe(DEFAULTS.AUTH_MODE);
    expect(defaultOf('--upstream-url')).toBe(DEFAULTS.TWILIO_CONVERSATIONS_URL);
    expect(defaultOf('--log-level')).toBe(DEFAULTS.LOG_LEVEL);
  });

  it('says in one line that it cannot listen, and exits 1 without leaving the embedded emulator running', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const run = await runGatewayCommand(['serve'], { PORT: String(port), HOST: '127.0.0.1' });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Could not start the gateway on 127.0.0.1:${port}`);
      expect(run.stderr).toContain('EADDRINUSE');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      taken.close();
    }
  });

  it('prints all errors and exits 2 from the command line', async () => {
    const run = await runGatewayCommand(['serve', '--port', 'x'], { LOG_LEVEL: 'loud', MAX_ALIASES: '-1' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('PORT');
    expect(run.stderr).toContain('LOG_LEVEL');
    expect(run.stderr).toContain('MAX_ALIASES');
  });
});

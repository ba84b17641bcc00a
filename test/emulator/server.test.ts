import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEmulatorArgs } from '../../src/emulator/main.ts';
import { DEMO_ACCOUNT } from '../../src/emulator/server.ts';
import { startTestEmulator } from '../helpers/emulator.ts';

const ACCOUNT = { accountSid: `AC${'1'.repeat(32)}`, authToken: 'token-one' };

describe('the emulator server', () => {
  it('keeps its state across a restart with a data file', async () => {
    const dataFile = join(mkdtempSync(join(tmpdir(), 'emulator-')), 'state.json');
    const first = await startTestEmulator({ accounts: [ACCOUNT], dataFile });
    const created = await first.call<{ sid: string }>('POST', '/v1/Conversations', { UniqueName: 'kept' });
    await first.call('POST', `/v1/Conversations/${created.body.sid}/Messages`, { Body: 'one' });
    await first.call('POST', `/v1/Conversations/${created.body.sid}/Messages`, { Body: 'two' });
    await first.emulator.close();

    const second = await startTestEmulator({ accounts: [ACCOUNT], dataFile });
    const fetched = await second.call<{ sid: string }>('GET', '/v1/Conversations/kept');
    expect(fetched.status).toBe(200);
    expect(fetched.body.sid).toBe(created.body.sid);
    const next = await second.call<{ index: number }>('POST', `/v1/Conversations/kept/Messages`, {
      Body: 'three',
    });
    // Indexes continue where they were: state includes the per-conversation counter.
    expect(next.body.index).toBe(2);
    await second.emulator.close();
  });

  it('writes every acknowledged change to the data file before answering', async () => {
    const dataFile = join(mkdtempSync(join(tmpdir(), 'emulator-')), 'state.json');
    const emulator = await startTestEmulator({ accounts: [ACCOUNT], dataFile });
    const created = await emulator.call<{ sid: string }>('POST', '/v1/Users', { Identity: 'written-now' });
    expect(created.status).toBe(201);
    expect(readFileSync(dataFile, 'utf8')).toContain(created.body.sid);
    await emulator.emulator.close();
  });

  it('loses nothing acknowledged when the process is stopped with SIGTERM', async () => {
    const dataFile = join(mkdtempSync(join(tmpdir(), 'emulator-')), 'state.json');
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli.ts',
        'emulator',
        '--port',
        '0',
        '--account',
        `${ACCOUNT.accountSid}:${ACCOUNT.authToken}`,
        '--data-file',
        dataFile,
      ],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/[^\s]+)\/v1/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`emulator exited early with ${code}: ${output}`)));
    });
    const auth = `Basic ${Buffer.from(`${ACCOUNT.accountSid}:${ACCOUNT.authToken}`).toString('base64')}`;
    const sids: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const response = await fetch(`${url}/v1/Conversations`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ FriendlyName: `c${i}` }),
      });
      expect(response.status).toBe(201);
      sids.push(((await response.json()) as { sid: string }).sid);
    }
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const saved = readFileSync(dataFile, 'utf8');
    for (const sid of sids) expect(saved).toContain(sid);
  });

  it('answers 429 with code 20429 and Retry-After past the rate limit, without processing the request', async () => {
    const emulator = await startTestEmulator({ accounts: [ACCOUNT], faults: { rateLimit: 3 } });
    const statuses: number[] = [];
    // The limit counts per clock second: requests sent one after another on a loaded machine can
    // straddle seconds and never exceed it, so bursts of 6 are sent together until one is refused.
    for (let burst = 0; burst < 5 && !statuses.includes(429); burst += 1) {
      const responses = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          emulator.call('POST', '/v1/Users', { Identity: `limited-${burst}-${i}` }),
        ),
      );
      for (const response of responses) {
        statuses.push(response.status);
        if (response.status === 429) {
          expect(response.body).toMatchObject({ code: 20429, status: 429 });
          expect(response.headers.get('retry-after')).toBe('1');
        }
      }
    }
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(3);
    expect(statuses).toContain(429);
    const users = emulator.emulator.store.state.accounts[ACCOUNT.accountSid];
    const service = users && Object.values(users.services)[0];
    expect(Object.keys(service?.users ?? {}).length).toBe(statuses.filter((s) => s === 201).length);
    await emulator.emulator.close();
  });

  it('answers 429 with code 20429 and no Retry-After past the concurrency cap, without processing the request', async () => {
    const emulator = await startTestEmulator({
      accounts: [ACCOUNT],
      faults: { maxConcurrent: 2, latencyMs: 200 },
    });
    const responses = await Promise.all(
      Array.from({ length: 5 }, (_, i) => emulator.call('POST', '/v1/Users', { Identity: `together-${i}` })),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(2);
    for (const response of responses.filter((r) => r.status === 429)) {
      expect(response.body).toMatchObject({ code: 20429, status: 429 });
      expect(response.headers.get('retry-after')).toBeNull();
      expect(response.headers.get('twilio-concurrent-requests')).toBe('2');
    }
    const users = emulator.emulator.store.state.accounts[ACCOUNT.accountSid];
    const service = users && Object.values(users.services)[0];
    expect(Object.keys(service?.users ?? {})).toHaveLength(2);
    // One after another, every request has its place.
    for (let i = 0; i < 3; i += 1) {
      expect((await emulator.call('POST', '/v1/Users', { Identity: `alone-${i}` })).status).toBe(201);
    }
    await emulator.emulator.close();
  });

  it('fails the configured fraction of requests with 503 and code 20503', async () => {
    let draw = 0;
    const emulator = await startTestEmulator({
      accounts: [ACCOUNT],
      faults: { failRate: 0.5, random: () => (draw++ % 2 === 0 ? 0.1 : 0.9) },
    });
    const first = await emulator.call('GET', '/v1/Services');
    const second = await emulator.call('GET', '/v1/Services');
    expect(first.status).toBe(503);
    expect(first.body).toMatchObject({ code: 20503, status: 503 });
    expect(second.status).toBe(200);
    await emulator.emulator.close();
  });

  it('delays every answer by the configured latency', async () => {
    const emulator = await startTestEmulator({ accounts: [ACCOUNT], faults: { latencyMs: 120 } });
    const started = performance.now();
    await emulator.call('GET', '/v1/Services');
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
    await emulator.emulator.close();
  });

  it('never answers before the latency is up', async () => {
    const emulator = await startTestEmulator({ accounts: [ACCOUNT], faults: { latencyMs: 25 } });
    for (let i = 0; i < 20; i += 1) {
      const started = performance.now();
      await emulator.call('GET', '/v1/Services');
      expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    }
    const answered = emulator.emulator.requests.map((entry) => entry.durationMs);
    expect(answered).toHaveLength(20);
    for (const ms of answered) expect(ms).toBeGreaterThanOrEqual(25);
    await emulator.emulator.close();
  });

  it('counts the latency from arrival: a body that comes slowly is not delayed on top of it', async () => {
    // Answered 600 ms after arrival, or 1000 ms if counted from the end of the body: 300 ms apart
    // from the bound either way, so an event loop a busy machine holds up does not decide it.
    const emulator = await startTestEmulator({ accounts: [ACCOUNT], faults: { latencyMs: 600 } });
    const body = 'Identity=slow-body';
    const started = performance.now();
    const answered = new Promise<{ status: number; ms: number }>((resolve, reject) => {
      const req = request(`${emulator.emulator.url}/v1/Users`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${ACCOUNT.accountSid}:${ACCOUNT.authToken}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': String(body.length),
        },
      });
      req.on('response', (response) => {
        response.resume();
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, ms: performance.now() - started }),
        );
      });
      req.on('error', reject);
      req.flushHeaders();
      req.write(body.slice(0, 5));
      // The rest of the body comes 400 ms later, well within the 600 ms.
      setTimeout(() => req.end(body.slice(5)), 400);
    });
    const { status, ms } = await answered;
    expect(status).toBe(201);
    expect(ms).toBeGreaterThanOrEqual(595);
    // 600 ms after the request arrived, not 600 ms after its body did (1000 ms).
    expect(ms).toBeLessThan(900);
    const [entry] = emulator.emulator.requests;
    expect(entry?.durationMs).toBeGreaterThanOrEqual(599);
    expect(entry?.durationMs).toBeLessThan(900);
    await emulator.emulator.close();
  });

  it('stamps the calls of a fan-out on arrival, before handling any of them', async () => {
    // A remote API answers calls sent together each one latency after it was sent. The emulator
    // handles requests one after another on one thread, so it stamps every request node read in
    // the same turn before it handles any; otherwise the last call of a fan-out would be counted
    // from the end of the handling of all the others (docs/decisions/0050).
    const emulator = await startTestEmulator({ accounts: [ACCOUNT], faults: { latencyMs: 200 } });
    // A page of 50 users with 8 KB of attributes each: about 1 ms to handle.
    const attributes = JSON.stringify({ note: 'x'.repeat(8000) });
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        emulator.call('POST', '/v1/Users', { Identity: `user-${i}`, Attributes: attributes }),
      ),
    );
    const fanOut = async () => {
      const mark = emulator.emulator.requests.length;
      await Promise.all(
        Array.from({ length: 60 }, () => emulator.call('GET', '/v1/Users', { PageSize: 50 })),
      );
      const stamps = emulator.emulator.requests.slice(mark).map((entry) => entry.startedAt);
      expect(stamps).toHaveLength(60);
      return Math.max(...stamps) - Math.min(...stamps);
    };
    await fanOut(); // opens the 60 connections the measured fan-outs reuse
    const spreads = [await fanOut(), await fanOut(), await fanOut()];
    // Handled one after another before being stamped, 60 such calls would be stamped over about
    // 60 ms; stamped first, within a few. The best of three, so one stall of a busy machine does
    // not decide it.
    expect(Math.min(...spreads)).toBeLessThan(15);
    await emulator.emulator.close();
  });

  it('advertises the configured base URL in links and paging URLs', async () => {
    const emulator = await startTestEmulator({
      accounts: [ACCOUNT],
      baseUrl: 'https://conversations.twilio.com',
    });
    const page = await emulator.call<{ meta: { url: string }; services: Array<{ url: string }> }>(
      'GET',
      '/v1/Services',
    );
    expect(page.body.meta.url).toBe('https://conversations.twilio.com/v1/Services?PageSize=50&Page=0');
    expect(page.body.services[0]?.url).toMatch(
      /^https:\/\/conversations\.twilio\.com\/v1\/Services\/IS[0-9a-f]{32}$/,
    );
    await emulator.emulator.close();
  });

  it('refuses a --base-url with a path, which would advertise links it cannot serve', () => {
    const parsed = parseEmulatorArgs(['--base-url', 'https://proxy.example/twilio']);
    expect(parsed).toEqual({
      errors: [expect.stringContaining('--base-url must be an origin without a path')],
    });
    const origin = parseEmulatorArgs(['--base-url', 'https://proxy.example:8443/']);
    expect(origin).toMatchObject({ options: { baseUrl: 'https://proxy.example:8443' } });
  });

  it('advertises a loopback address in links when bound to every interface', async () => {
    const emulator = await startTestEmulator({ accounts: [ACCOUNT], host: '0.0.0.0' });
    expect(emulator.emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await emulator.call<{ meta: { url: string } }>('GET', '/v1/Services');
    expect(page.body.meta.url.startsWith(`${emulator.emulator.url}/v1/Services`)).toBe(true);
    await emulator.emulator.close();
  });

  it('starts with the demo account and seeds demo data across both participant kinds', async () => {
    const emulator = await startTestEmulator({ seed: 'demo' });
    expect(emulator.emulator.accounts[0]?.accountSid).toBe(DEMO_ACCOUNT.accountSid);
    const conversations = await emulator.call<{ conversations: Array<{ sid: string }> }>(
      'GET',
      '/v1/Conversations',
    );
    expect(conversations.body.conversations.length).toBeGreaterThanOrEqual(3);
    const kinds = new Set<string>();
    for (const conversation of conversations.body.conversations) {
      const participants = await emulator.call<{
        participants: Array<{ messaging_binding: { type: string } | null }>;
      }>('GET', `/v1/Conversations/${conversation.sid}/Participants`);
      for (const p of participants.body.participants) kinds.add(p.messaging_binding?.type ?? 'chat');
    }
    expect([...kinds].sort()).toEqual(['chat', 'sms', 'whatsapp']);
    // Seeding is not part of the request log that tests read.
    expect(emulator.emulator.requests.length).toBe(1 + conversations.body.conversations.length);
    await emulator.emulator.close();
  });
});

import { afterAll, beforeAll } from 'vitest';
import { type EmulatorOptions, type RunningEmulator, startEmulator } from '../../src/emulator/server.ts';

export interface RestResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

/** Twilio's error body, as the emulator answers a 4xx. */
export interface TwilioError {
  code: number;
  message: string;
  more_info: string;
  status: number;
}

export interface RestClient {
  emulator: RunningEmulator;
  /** Sends a request the way Twilio's SDKs do: Basic auth, form body with repeated keys for arrays. */
  call<T = Record<string, unknown>>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    params?: Record<string, string | number | boolean | Array<string | number | boolean> | undefined>,
    options?: { auth?: { username: string; password: string } | null; headers?: Record<string, string> },
  ): Promise<RestResponse<T>>;
  /** The operationIds the emulator has answered, in order. */
  operations(): string[];
}

/** Starts an emulator on a free loopback port and returns a small REST client bound to its demo account. */
export async function startTestEmulator(options: EmulatorOptions = {}): Promise<RestClient> {
  const emulator = await startEmulator(options);
  const account = emulator.accounts[0];
  if (!account) throw new Error('emulator started without an account');
  const defaultAuth = { username: account.accountSid, password: account.authToken };
  return {
    emulator,
    async call(method, path, params = {}, options = {}) {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(params)) {
        if (value === undefined) continue;
        for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
      }
      const auth = options.auth === undefined ? defaultAuth : options.auth;
      const headers: Record<string, string> = { ...options.headers };
      if (auth)
        headers.authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
      let url = emulator.url + path;
      let body: string | undefined;
      if (method === 'POST') {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        body = search.toString();
      } else if ([...search].length > 0) {
        url += (url.includes('?') ? '&' : '?') + search.toString();
      }
      const response = await fetch(url, { method, headers, body });
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        body: text ? JSON.parse(text) : undefined,
      };
    },
    operations: () =>
      emulator.requests.map((entry) => entry.operationId).filter((id): id is string => id !== null),
  };
}

/**
 * The emulator of one test file: started before its tests, closed after them. Its methods may be
 * called from any test or hook of the file, once the file's tests have started.
 */
export function useTestEmulator(options: EmulatorOptions = {}): RestClient {
  let started: RestClient | undefined;
  beforeAll(async () => {
    started = await startTestEmulator(options);
  });
  afterAll(async () => {
    await started?.emulator.close();
  });
  const current = (): RestClient => {
    if (!started) throw new Error('the test emulator is started in beforeAll; use it inside tests and hooks');
    return started;
  };
  return {
    get emulator() {
      return current().emulator;
    },
    call: ((...args: Parameters<RestClient['call']>) => current().call(...args)) as RestClient['call'],
    operations: () => current().operations(),
  };
}

/** Creates a Conversation Service named `friendlyName` over REST and answers its SID. */
export async function createService(rest: RestClient, friendlyName: string): Promise<string> {
  const created = await rest.call<{ sid: string }>('POST', '/v1/Services', { FriendlyName: friendlyName });
  return created.body.sid;
}

import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient.js';
import type * as HttpResponse from 'twilio/lib/http/response.js';

/** Where the official SDK sends Conversations requests. */
export const TWILIO_CONVERSATIONS_ORIGIN = 'https://conversations.twilio.com';

export interface SentRequest {
  method: string;
  /** The URI the SDK asked for, before any rewriting. */
  requestedUri: string;
  /** The URL the request actually went to. */
  sentUrl: string;
  status: number;
}

/**
 * An httpClient for the official `twilio` SDK that sends its requests to the emulator: URIs on
 * https://conversations.twilio.com are rewritten to the emulator's origin, anything else (such as
 * paging links the emulator advertises with its own address) is fetched as given. Bodies are
 * form-encoded with repeated keys for arrays, as twilio-node's own client does.
 */
export class EmulatorHttpClient extends twilio.RequestClient {
  readonly emulatorUrl: string;
  readonly sent: SentRequest[] = [];

  constructor(emulatorUrl: string) {
    super();
    this.emulatorUrl = emulatorUrl.replace(/\/+$/, '');
  }

  override async request<TData>(
    opts: RequestClient.RequestOptions<TData>,
  ): Promise<HttpResponse.default<TData>> {
    const url = new URL(
      opts.uri.startsWith(TWILIO_CONVERSATIONS_ORIGIN)
        ? this.emulatorUrl + opts.uri.slice(TWILIO_CONVERSATIONS_ORIGIN.length)
        : opts.uri,
    );
    if (opts.params) for (const [key, value] of formEntries(opts.params)) url.searchParams.append(key, value);

    const headers = new Headers();
    for (const [name, value] of Object.entries(opts.headers ?? {})) {
      if (typeof value === 'string') headers.set(name, value);
    }
    if (opts.username && opts.password) {
      headers.set(
        'Authorization',
        `Basic ${Buffer.from(`${opts.username}:${opts.password}`).toString('base64')}`,
      );
    } else if (opts.authStrategy) {
      headers.set('Authorization', await opts.authStrategy.getAuthString());
    }
    const method = opts.method.toUpperCase();
    let body: string | undefined;
    if (opts.data && (method === 'POST' || method === 'PUT')) {
      body = new URLSearchParams(formEntries(opts.data)).toString();
    }

    const response = await fetch(url, { method, headers, body, redirect: 'manual' });
    const text = await response.text();
    this.sent.push({ method, requestedUri: opts.uri, sentUrl: url.href, status: response.status });
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      responseHeaders[name] = value;
    });
    // twilio-node parses string bodies itself (Version, Page and RestException all accept them).
    return { statusCode: response.status, body: text as TData, headers: responseHeaders };
  }
}

/** Flattens SDK params into form pairs: arrays repeat their key, undefined values are left out. */
function formEntries(params: unknown): Array<[string, string]> {
  if (typeof params !== 'object' || params === null) return [];
  const entries: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) entries.push([key, String(item)]);
  }
  return entries;
}

/** An SDK client bound to the emulator through {@link EmulatorHttpClient}. */
export function createSdkClient(
  emulatorUrl: string,
  username: string,
  password: string,
  options: { accountSid?: string } = {},
): { client: twilio.Twilio; http: EmulatorHttpClient } {
  const http = new EmulatorHttpClient(emulatorUrl);
  const client = twilio(username, password, { httpClient: http, accountSid: options.accountSid });
  return { client, http };
}

import { parseArgs } from 'node:util';
import type { AccountWebhookOptions, EmulatorAccount, EmulatorOptions } from './server.ts';
import { DEMO_ACCOUNT, startEmulator } from './server.ts';
import { POST_EVENT_TYPES, type PostEventType } from './webhooks/events.ts';

const USAGE = `Usage: twilio-conversations-graphql emulator [options]

Runs a stateful emulator of the Twilio Conversations REST API v1 (conversations.twilio.com/v1).

Options:
  --port <n>             port to listen on (default 4010; 0 picks a free port)
  --host <addr>          address to bind (default 127.0.0.1)
  --account <sid:token>  an account: AC SID and auth token (repeatable; default: a demo account)
  --base-url <url>       base URL advertised in url, links and paging URLs (default: the listen address)
  --seed demo            load demo data into a fresh state
  --data-file <path>     keep state in this file across restarts (written atomically on every change)
  --latency-ms <n>       delay every answer by n ms
  --fail-rate <0..1>     answer this fraction of requests with 503 / 20503
  --rate-limit <n>       answer 429 / 20429 past n requests per second per account
  --max-concurrent <n>   answer 429 / 20429 (no Retry-After) past n requests in flight per account
  --post-webhook-url <url>
                         send every account's post-event webhooks to this URL (sets
                         /v1/Configuration/Webhooks at start-up)
  --webhook-filters <list>
                         comma-separated post-event types for --post-webhook-url
                         (default: all 13, onConversationAdded … onUserUpdated)
  --webhook-method <m>   GET or POST for --post-webhook-url (default POST)
  --help                 show this help
`;

/** Parses the emulator's flags; every problem is reported at once. */
export function parseEmulatorArgs(
  argv: string[],
): { options: EmulatorOptions; port: number } | { errors: string[] } | 'help' {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      account: { type: 'string', multiple: true },
      'base-url': { type: 'string' },
      seed: { type: 'string' },
      'data-file': { type: 'string' },
      'latency-ms': { type: 'string' },
      'fail-rate': { type: 'string' },
      'rate-limit': { type: 'string' },
      'max-concurrent': { type: 'string' },
      'post-webhook-url': { type: 'string' },
      'webhook-filters': { type: 'string' },
      'webhook-method': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return 'help';
  const errors: string[] = [];
  const number = (name: string, raw: string | undefined, check: (n: number) => boolean, rule: string) => {
    if (raw === undefined) return undefined;
    const parsed = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(parsed) || !check(parsed)) {
      errors.push(`--${name} must be ${rule} (got "${raw}")`);
      return undefined;
    }
    return parsed;
  };
  const port =
    number('port', values.port, (n) => Number.isInteger(n) && n >= 0 && n <= 65535, 'an integer 0-65535') ??
    4010;
  const latencyMs = number('latency-ms', values['latency-ms'], (n) => n >= 0, 'a number ≥ 0');
  const failRate = number(
    'fail-rate',
    values['fail-rate'],
    (n) => n >= 0 && n <= 1,
    'a number between 0 and 1',
  );
  const rateLimit = number(
    'rate-limit',
    values['rate-limit'],
    (n) => Number.isInteger(n) && n > 0,
    'an integer > 0',
  );
  const maxConcurrent = number(
    'max-concurrent',
    values['max-concurrent'],
    (n) => Number.isInteger(n) && n > 0,
    'an integer > 0',
  );
  const accounts: EmulatorAccount[] = [];
  for (const raw of values.account ?? []) {
    const colon = raw.indexOf(':');
    const accountSid = colon < 0 ? raw : raw.slice(0, colon);
    const authToken = colon < 0 ? '' : raw.slice(colon + 1);
    if (!/^AC[0-9a-fA-F]{32}$/.test(accountSid) || authToken === '') {
      errors.push(
        `--account must be AC followed by 32 hex characters, a colon and an auth token (got "${accountSid}:…")`,
      );
    } else {
      accounts.push({ accountSid, authToken });
    }
  }
  if (values.seed !== undefined && values.seed !== 'demo')
    errors.push(`--seed only knows "demo" (got "${values.seed}")`);
  let baseUrl = values['base-url'];
  if (baseUrl !== undefined) {
    try {
      const parsed = new URL(baseUrl);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('protocol');
      if (parsed.pathname !== '/' || parsed.search !== '' || parsed.hash !== '') {
        // The routes live at /v1 of the origin; a prefix would advertise links the emulator cannot serve.
        errors.push(
          `--base-url must be an origin without a path, like https://emulator.example:8443 (got "${baseUrl}")`,
        );
      }
      baseUrl = parsed.origin;
    } catch {
      errors.push(`--base-url must be an http(s) URL (got "${baseUrl}")`);
    }
  }
  const accountWebhook = parseAccountWebhook(values, errors);
  if (errors.length > 0) return { errors };
  return {
    port,
    options: {
      port,
      host: values.host ?? '127.0.0.1',
      ...(accounts.length > 0 ? { accounts } : {}),
      ...(baseUrl ? { baseUrl } : {}),
      ...(values.seed === 'demo' ? { seed: 'demo' as const } : {}),
      ...(values['data-file'] ? { dataFile: values['data-file'] } : {}),
      ...(accountWebhook ? { accountWebhook } : {}),
      faults: {
        ...(latencyMs !== undefined ? { latencyMs } : {}),
        ...(failRate !== undefined ? { failRate } : {}),
        ...(rateLimit !== undefined ? { rateLimit } : {}),
        ...(maxConcurrent !== undefined ? { maxConcurrent } : {}),
      },
    },
  };
}

function parseAccountWebhook(
  values: { 'post-webhook-url'?: string; 'webhook-filters'?: string; 'webhook-method'?: string },
  errors: string[],
): AccountWebhookOptions | undefined {
  const url = values['post-webhook-url'];
  const rawFilters = values['webhook-filters'];
  const rawMethod = values['webhook-method'];
  if (url === undefined) {
    if (rawFilters !== undefined || rawMethod !== undefined)
      errors.push('--webhook-filters and --webhook-method need --post-webhook-url');
    return undefined;
  }
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('protocol');
  } catch {
    errors.push(`--post-webhook-url must be an http(s) URL (got "${url}")`);
  }
  let filters: PostEventType[] | undefined;
  if (rawFilters !== undefined) {
    filters = [];
    for (const item of rawFilters.split(',').map((f) => f.trim())) {
      if ((POST_EVENT_TYPES as readonly string[]).includes(item)) filters.push(item as PostEventType);
      else errors.push(`--webhook-filters: "${item}" is not one of ${POST_EVENT_TYPES.join(', ')}`);
    }
  }
  const method = rawMethod?.toUpperCase();
  if (method !== undefined && method !== 'GET' && method !== 'POST')
    errors.push(`--webhook-method must be GET or POST (got "${rawMethod}")`);
  return {
    url,
    ...(filters ? { filters } : {}),
    ...(method === 'GET' || method === 'POST' ? { method } : {}),
  };
}

export async function runEmulator(argv: string[]): Promise<void> {
  let parsed: ReturnType<typeof parseEmulatorArgs>;
  try {
    parsed = parseEmulatorArgs(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (parsed === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if ('errors' in parsed) {
    process.stderr.write(`${parsed.errors.map((e) => `error: ${e}`).join('\n')}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const emulator = await startEmulator({
    ...parsed.options,
    onError: (error) =>
      process.stderr.write(`emulator: unexpected error: ${(error as Error).stack ?? String(error)}\n`),
  });
  const usingDemo = !parsed.options.accounts;
  process.stdout.write(`Twilio Conversations emulator listening on ${emulator.url}/v1\n`);
  if (parsed.options.accountWebhook)
    process.stdout.write(`Post-event webhooks go to ${parsed.options.accountWebhook.url}\n`);
  if (usingDemo) {
    process.stdout.write(`Demo account: ${DEMO_ACCOUNT.accountSid}  auth token: ${DEMO_ACCOUNT.authToken}\n`);
    process.stdout.write(
      `Try: curl -u ${DEMO_ACCOUNT.accountSid}:${DEMO_ACCOUNT.authToken} ${emulator.url}/v1/Conversations\n`,
    );
  } else {
    process.stdout.write(`Accounts: ${emulator.accounts.map((a) => a.accountSid).join(', ')}\n`);
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal}: stopping the emulator\n`);
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`emulator: failed to stop cleanly: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

import { parseArgs } from 'node:util';
import { type ConfigFlags, DEFAULTS } from '../config/index.ts';

/** `serve --help`, and what a flag mistake is reported with; its defaults are the configuration's own. */
export const SERVE_USAGE = `Usage: twilio-conversations-graphql serve [options]

Runs the GraphQL gateway. With no Twilio credentials and no TWILIO_CONVERSATIONS_URL it starts the
embedded emulator with demo data, so it works offline. Configuration comes from the environment
(every variable is in the README's Configuration table); these flags override it:

  --port <n>             PORT (default ${DEFAULTS.PORT}; 0 picks a free port)
  --host <addr>          HOST (default ${DEFAULTS.HOST})
  --auth-mode <mode>     AUTH_MODE: auto, pass-through or server (default ${DEFAULTS.AUTH_MODE})
  --upstream-url <url>   TWILIO_CONVERSATIONS_URL (default ${DEFAULTS.TWILIO_CONVERSATIONS_URL})
  --log-level <level>    LOG_LEVEL: debug, info, warn or error (default ${DEFAULTS.LOG_LEVEL})
  --cors-origins <list>  CORS_ORIGINS: comma-separated allowed origins (default none)
  --help                 show this help

Secrets (TWILIO_AUTH_TOKEN, TWILIO_API_SECRET, GATEWAY_TOKENS) are read from the environment only,
so they never show up in process listings.
`;

const FLAGS = {
  port: { type: 'string' },
  host: { type: 'string' },
  'auth-mode': { type: 'string' },
  'upstream-url': { type: 'string' },
  'log-level': { type: 'string' },
  'cors-origins': { type: 'string' },
  help: { type: 'boolean' },
} as const;

/** Reads `serve`'s flags; unknown flags, missing values and stray arguments are errors, not exceptions. */
export function parseServeFlags(argv: string[]): 'help' | { flags: ConfigFlags; errors: string[] } {
  const { values, positionals, tokens } = parseArgs({
    args: argv,
    strict: false,
    allowPositionals: true,
    tokens: true,
    options: FLAGS,
  });
  if (values.help === true) return 'help';
  const errors: string[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const known = Object.hasOwn(FLAGS, token.name) ? FLAGS[token.name as keyof typeof FLAGS] : undefined;
    if (!known) errors.push(`unknown option ${token.rawName}`);
    else if (known.type === 'string' && token.value === undefined)
      errors.push(`${token.rawName} needs a value`);
    else if (known.type === 'string' && !token.inlineValue && token.value?.startsWith('-')) {
      // `--host --bogus`: without strict parsing the next option would silently become the value.
      errors.push(`${token.rawName} needs a value (got the option "${token.value}")`);
    }
  }
  for (const positional of positionals) errors.push(`unexpected argument "${positional}"`);
  const text = (value: string | boolean | undefined) => (typeof value === 'string' ? value : undefined);
  return {
    flags: {
      port: text(values.port),
      host: text(values.host),
      authMode: text(values['auth-mode']),
      upstreamUrl: text(values['upstream-url']),
      logLevel: text(values['log-level']),
      corsOrigins: text(values['cors-origins']),
    },
    errors,
  };
}

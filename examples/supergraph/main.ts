import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config/index.ts';
import { DEMO_ACCOUNT, startEmulator } from '../../src/emulator/server.ts';
import { startGateway } from '../../src/server/main.ts';
import { composeSupergraph } from './compose.ts';
import { startExampleCrm } from './crm.ts';
import { startRouter } from './router.ts';

/**
 * A supergraph on loopback, offline: the Twilio emulator with its demo data, this gateway in
 * pass-through mode in front of it, a sample CRM subgraph, and Hive Gateway composing the two from
 * their `_service { sdl }` and forwarding each client's `Authorization` to the gateway.
 *
 *   npm run example:supergraph [-- --port 4000 --host 127.0.0.1]
 */
const { values } = parseArgs({
  options: { port: { type: 'string', default: '4000' }, host: { type: 'string', default: '127.0.0.1' } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  process.stderr.write(`--port must be a port number, not ${JSON.stringify(values.port)}\n`);
  process.exit(2);
}

const emulator = await startEmulator({ seed: 'demo', port: 0 });
const loaded = loadConfig({
  AUTH_MODE: 'pass-through',
  TWILIO_CONVERSATIONS_URL: emulator.url,
  HOST: '127.0.0.1',
  PORT: '0',
  LOG_LEVEL: 'warn',
});
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const twilio = await startGateway(loaded.config);
const crm = await startExampleCrm();
const authorization = `Basic ${Buffer.from(`${DEMO_ACCOUNT.accountSid}:${DEMO_ACCOUNT.authToken}`).toString('base64')}`;
const supergraph = await composeSupergraph([
  { name: 'twilio', url: `${twilio.url}/graphql`, headers: { authorization } },
  { name: 'crm', url: crm.url },
]);
const router = await startRouter({ supergraph, port, host: values.host, forwardAuthorizationTo: ['twilio'] });

const sample = JSON.stringify({ query: '{ customers { name accountManager { friendlyName isOnline } } }' });
process.stdout.write(
  [
    '',
    'A supergraph on loopback:',
    `  Hive Gateway:     ${router.url}`,
    `  twilio subgraph:  ${twilio.url}/graphql (this gateway, pass-through credentials)`,
    `  crm subgraph:     ${crm.url} (a sample CRM)`,
    `  Twilio emulator:  ${emulator.url}/v1 (demo data)`,
    'Queries carry the demo account’s Twilio credentials; the router forwards them to the gateway:',
    `  curl -s ${router.url} -u ${DEMO_ACCOUNT.accountSid}:${DEMO_ACCOUNT.authToken} -H 'content-type: application/json' -d '${sample}'`,
    '',
    '',
  ].join('\n'),
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void (async () => {
      await router.close();
      await crm.close();
      await twilio.close();
      await emulator.close();
      process.exit(0);
    })();
  });
}

/**
 * The gateway with loaders that neither cache, nor batch, nor coalesce
 * (`createLoaders(session, { batching: false })`): what resolvers calling the REST client directly
 * would make. Configured from the environment like `serve` (pass-through mode only), served by
 * node:http in a process of its own so that it runs under the same conditions as `serve`.
 * It loads the compiled build (`dist/`), as the gateway itself runs. Only the benchmark starts it.
 */
import { createServer } from 'node:http';
import { loadConfig } from '../dist/config/index.js';
import { buildGatewaySchema } from '../dist/graphql/schema.js';
import { createGateway } from '../dist/server/yoga.js';
import { createTwilioClient } from '../dist/twilio/client.js';

const result = loadConfig(process.env);
if (!result.ok) throw new Error(result.errors.join('\n'));
const { config } = result;
if (config.authMode !== 'pass-through' || !config.upstream.baseUrl) {
  throw new Error('the gateway without loaders runs in pass-through mode only');
}
const client = createTwilioClient({
  baseUrl: config.upstream.baseUrl,
  maxInFlightPerCredential: config.upstream.maxInFlight,
  attemptTimeoutMs: config.upstream.attemptTimeoutMs,
  deadlineMs: config.upstream.deadlineMs,
});
const yoga = createGateway({ config, schema: buildGatewaySchema(), client, loaders: { batching: false } });
// yoga answers /health itself.
const server = createServer((req, res) => void yoga(req, res));
server.listen(config.port, config.host);
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void client.close();
});

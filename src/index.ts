/**
 * The package's library entry (`twilio-conversations-graphql`): start the gateway from a parsed
 * configuration as `serve` does, or build its parts to mount it in a server of your own. The emulator
 * has an entry of its own, `twilio-conversations-graphql/emulator`, so a test suite can run it alone.
 */
export { type ConfigFlags, type ConfigResult, type GatewayConfig, loadConfig } from './config/index.ts';
export { buildGatewaySchema } from './graphql/schema.ts';
export { type RunningServer, startGateway } from './server/main.ts';
export { createGateway, type Gateway, type GatewayOptions } from './server/yoga.ts';
export { createTwilioClient, type TwilioClient, type TwilioCredentials } from './twilio/client.ts';

// Real time: Twilio's post-event webhooks in, verified and de-duplicated, and out to subscribers
// through an in-process or Redis pub/sub. Nothing here knows GraphQL.
export * from './bus.ts';
export * from './deduplicator.ts';
export * from './events.ts';
export * from './realtime.ts';
export * from './receiver.ts';
export * from './resources.ts';
export * from './signature.ts';
export type { EventTransport } from './transport.ts';

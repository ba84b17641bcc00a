export { type AbortSource, type AbortWatch, SharedAbortWatch, watchAbort } from './abort.ts';
export type { CircuitBreakerOptions, CircuitState } from './breaker.ts';
export * from './client.ts';
export * from './errors.ts';
export {
  type BodyParams,
  InvalidArgumentError,
  type ListParams,
  type ParticipantInput,
  wellFormed,
} from './form.ts';
export { type ConcurrencyLimiter, createConcurrencyLimiter, LimiterRejectedError } from './limiter.ts';
export * from './operations.ts';
export * from './paging.ts';
export * from './resources/address-configurations.ts';
export * from './resources/bindings.ts';
export * from './resources/configuration.ts';
export * from './resources/conversation-webhooks.ts';
export * from './resources/conversation-with-participants.ts';
export * from './resources/conversations.ts';
export * from './resources/credentials.ts';
export * from './resources/messages.ts';
export * from './resources/participant-conversations.ts';
export * from './resources/participants.ts';
export * from './resources/receipts.ts';
export * from './resources/roles.ts';
export * from './resources/service-configuration.ts';
export * from './resources/service-notifications.ts';
export * from './resources/service-webhook-configuration.ts';
export * from './resources/services.ts';
export * from './resources/user-conversations.ts';
export * from './resources/users.ts';
export { type Camelized, type JsonValue, type OperationId, WireFormatError } from './wire.ts';

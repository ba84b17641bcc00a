import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { CircuitState } from '../twilio/breaker.ts';
import type { UpstreamCall } from '../twilio/client.ts';

/**
 * Prometheus metrics of one gateway. Labels hold only bounded, non-secret values: the operation type,
 * the HTTP status, error codes of our own vocabulary, the spec's operationIds. Client-chosen strings
 * (operation names, origins) never become labels: they are unbounded and may carry anything.
 */
export interface GatewayMetrics {
  registry: Registry;
  observeRequest(sample: { operationType: string; status: number; durationMs: number }): void;
  countError(code: unknown): void;
  countUpstreamCall(call: UpstreamCall): void;
  countRejection(reason: string): void;
  /** The upstream circuit breaker moved to `state`. */
  setCircuitState(state: CircuitState): void;
}

const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;
const OPERATION_TYPES = new Set(['query', 'mutation', 'subscription']);

export function createGatewayMetrics(options: { defaultMetrics?: boolean } = {}): GatewayMetrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) {
    // The event-loop delay histogram samples with a timer of this period. prom-client's 10 ms woke an
    // idle gateway 100 times a second (6 to 10 ms of CPU per second); 1 s still shows a blocked loop
    // in `gateway_nodejs_eventloop_lag_*` and costs nothing measurable.
    collectDefaultMetrics({ register: registry, prefix: 'gateway_', eventLoopMonitoringPrecision: 1000 });
  }

  const requests = new Counter({
    name: 'gateway_http_requests_total',
    help: 'GraphQL HTTP requests answered, by operation type and HTTP status.',
    labelNames: ['operation_type', 'status'] as const,
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'gateway_http_request_duration_seconds',
    help: 'Time from receiving a GraphQL HTTP request to answering it.',
    labelNames: ['operation_type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'gateway_graphql_errors_total',
    help: 'GraphQL errors returned to clients, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const upstreamCalls = new Counter({
    name: 'gateway_upstream_calls_total',
    help: 'Calls to the Twilio Conversations API, by spec operationId and final HTTP status (0: no answer).',
    labelNames: ['operation', 'status'] as const,
    registers: [registry],
  });
  const upstreamDurations = new Histogram({
    name: 'gateway_upstream_call_duration_seconds',
    help: 'Duration of Twilio calls including retries, by spec operationId.',
    labelNames: ['operation'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15],
    registers: [registry],
  });
  const rejections = new Counter({
    name: 'gateway_http_rejections_total',
    help: 'Requests refused before GraphQL processing, by reason.',
    labelNames: ['reason'] as const,
    registers: [registry],
  });

  const circuitStates: readonly CircuitState[] = ['closed', 'open', 'half-open'];
  const circuit = new Gauge({
    name: 'gateway_upstream_circuit_state',
    help: 'The upstream circuit breaker: 1 for its current state, 0 for the others.',
    labelNames: ['state'] as const,
    registers: [registry],
  });
  for (const state of circuitStates) circuit.set({ state }, state === 'closed' ? 1 : 0);

  return {
    registry,
    observeRequest({ operationType, status, durationMs }) {
      const type = OPERATION_TYPES.has(operationType) ? operationType : 'none';
      requests.inc({ operation_type: type, status: String(status) });
      durations.observe({ operation_type: type }, durationMs / 1000);
    },
    countError(code) {
      errors.inc({ code: typeof code === 'string' && ERROR_CODE.test(code) ? code : 'OTHER' });
    },
    countUpstreamCall(call) {
      // operationIds come from the spec's fixed table, so they are safe as labels.
      const operation = /^[A-Za-z]{1,80}$/.test(call.operationId) ? call.operationId : 'unknown';
      upstreamCalls.inc({ operation, status: String(call.status ?? 0) });
      upstreamDurations.observe({ operation }, call.durationMs / 1000);
    },
    countRejection(reason) {
      rejections.inc({ reason });
    },
    setCircuitState(current) {
      for (const state of circuitStates) circuit.set({ state }, state === current ? 1 : 0);
    },
  };
}

import { Counter, Gauge, type Registry } from 'prom-client';
import type { EndUserLimits } from '../config/index.ts';
import type { EndUserRefusal, EndUserUsage } from './end-user-limits.ts';

export interface EndUserMetrics {
  countRefusal(limit: EndUserRefusal): void;
  /** Reads where end users stand against `limits` whenever metrics are scraped. */
  watch(usage: () => EndUserUsage, limits: EndUserLimits): void;
}

/**
 * The per-end-user limits in `/metrics`: the configured bounds, how close the busiest end user is to
 * the in-flight one, and what each limit refused. Never labelled by identity: identities are
 * unbounded and personal.
 */
export function createEndUserMetrics(registry: Registry): EndUserMetrics {
  const refusals = new Counter({
    name: 'gateway_end_user_refusals_total',
    help: 'End-user requests refused by a per-end-user limit: rate (END_USER_REQUESTS_PER_MINUTE, answered 429) or in_flight (a Twilio call waited too long behind END_USER_MAX_IN_FLIGHT, answered OVERLOADED).',
    labelNames: ['limit'] as const,
    registers: [registry],
  });
  for (const limit of ['rate', 'in_flight'] as const) refusals.inc({ limit }, 0);
  let usage: () => EndUserUsage = () => ({ active: 0, busiestInFlight: 0 });
  let limits: EndUserLimits | null = null;
  new Gauge({
    name: 'gateway_end_user_limit',
    help: 'The per-end-user bounds: in_flight (END_USER_MAX_IN_FLIGHT), requests_per_minute (END_USER_REQUESTS_PER_MINUTE), burst (END_USER_REQUEST_BURST).',
    labelNames: ['bound'] as const,
    registers: [registry],
    collect() {
      if (!limits) return;
      this.set({ bound: 'in_flight' }, limits.maxInFlight);
      this.set({ bound: 'requests_per_minute' }, limits.requestsPerMinute);
      this.set({ bound: 'burst' }, limits.burst);
    },
  });
  new Gauge({
    name: 'gateway_end_users_calling',
    help: 'End users with Twilio calls in flight on this instance.',
    registers: [registry],
    collect() {
      this.set(usage().active);
    },
  });
  new Gauge({
    name: 'gateway_end_user_in_flight_busiest',
    help: 'The most Twilio calls one end user has in flight on this instance, against gateway_end_user_limit{bound="in_flight"}.',
    registers: [registry],
    collect() {
      this.set(usage().busiestInFlight);
    },
  });
  return {
    countRefusal: (limit) => refusals.inc({ limit }),
    watch(read, configured) {
      usage = read;
      limits = configured;
    },
  };
}

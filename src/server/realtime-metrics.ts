import { Counter, Gauge, type Registry } from 'prom-client';
import type {
  BusObserver,
  BusUsage,
  RefusalReason,
  SubscriptionLimits,
  WebhookOutcome,
} from '../realtime/index.ts';

export interface RealtimeMetrics extends Required<BusObserver> {
  countWebhook(outcome: WebhookOutcome): void;
  /** Reads where the subscriptions stand against `limits` whenever metrics are scraped. */
  watchSubscriptions(usage: () => BusUsage, limits: SubscriptionLimits): void;
}

/**
 * The real-time side of `/metrics`: webhooks received, subscriptions running, refused and behind,
 * and the bounds they run against. Each gauge walks the subscriptions when scraped (a few thousand
 * at most: cheap next to a scrape interval).
 */
export function createRealtimeMetrics(registry: Registry): RealtimeMetrics {
  const webhooks = new Counter({
    name: 'gateway_webhooks_total',
    help: 'Twilio webhooks received, by outcome: published, duplicate, ignored, forbidden, malformed, unsupported, unavailable.',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const idle: BusUsage = {
    active: 0,
    busiestConnection: 0,
    busiestCredential: 0,
    buffered: 0,
    mostBuffered: 0,
  };
  let usage: () => BusUsage = () => idle;
  let limits: SubscriptionLimits | null = null;
  new Gauge({
    name: 'gateway_subscriptions_active',
    help: 'Subscriptions running on this instance, over SSE and WebSocket.',
    registers: [registry],
    collect() {
      this.set(usage().active);
    },
  });
  new Gauge({
    name: 'gateway_subscriptions_limit',
    help: 'The subscription bounds: per_connection (MAX_SUBSCRIPTIONS_PER_CONNECTION), per_credential (MAX_SUBSCRIPTIONS_PER_CREDENTIAL), buffered_events (MAX_BUFFERED_EVENTS).',
    labelNames: ['bound'] as const,
    registers: [registry],
    collect() {
      if (!limits) return;
      this.set({ bound: 'per_connection' }, limits.perConnection);
      this.set({ bound: 'per_credential' }, limits.perCredential);
      this.set({ bound: 'buffered_events' }, limits.bufferedEvents);
    },
  });
  new Gauge({
    name: 'gateway_subscriptions_busiest',
    help: 'The most subscriptions one connection (scope="connection") or one credential (scope="credential") holds on this instance, against gateway_subscriptions_limit.',
    labelNames: ['scope'] as const,
    registers: [registry],
    collect() {
      const { busiestConnection, busiestCredential } = usage();
      this.set({ scope: 'connection' }, busiestConnection);
      this.set({ scope: 'credential' }, busiestCredential);
    },
  });
  new Gauge({
    name: 'gateway_subscription_events_buffered',
    help: 'Events received but not yet sent, over every subscriber of this instance.',
    registers: [registry],
    collect() {
      this.set(usage().buffered);
    },
  });
  new Gauge({
    name: 'gateway_subscription_events_buffered_max',
    help: 'The most events waiting for one subscriber; past MAX_BUFFERED_EVENTS the oldest are dropped.',
    registers: [registry],
    collect() {
      this.set(usage().mostBuffered);
    },
  });
  const refused = new Counter({
    name: 'gateway_subscriptions_refused_total',
    help: 'Subscriptions refused, by reason: connection-limit, credential-limit, unavailable.',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const dropped = new Counter({
    name: 'gateway_subscription_events_dropped_total',
    help: 'Events dropped for subscribers that did not keep up (past MAX_BUFFERED_EVENTS unread).',
    registers: [registry],
  });
  return {
    countWebhook: (outcome) => webhooks.inc({ outcome }),
    watchSubscriptions: (read, bounds) => {
      usage = read;
      limits = bounds;
    },
    subscriptionRefused: (reason: RefusalReason) => refused.inc({ reason }),
    eventDropped: () => dropped.inc(),
  };
}

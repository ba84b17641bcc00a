import { Counter, Gauge, type Registry } from 'prom-client';
import type { BusObserver, RefusalReason, WebhookOutcome } from '../realtime/index.ts';

export interface RealtimeMetrics extends Required<BusObserver> {
  countWebhook(outcome: WebhookOutcome): void;
  /** Reads the number of running subscriptions whenever metrics are scraped. */
  watchSubscriptions(active: () => number): void;
}

/** The real-time side of `/metrics`: webhooks received, subscriptions running, refused and behind. */
export function createRealtimeMetrics(registry: Registry): RealtimeMetrics {
  const webhooks = new Counter({
    name: 'gateway_webhooks_total',
    help: 'Twilio webhooks received, by outcome: published, duplicate, ignored, forbidden, malformed, unsupported, unavailable.',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  let active: () => number = () => 0;
  new Gauge({
    name: 'gateway_subscriptions_active',
    help: 'Subscriptions running on this instance, over SSE and WebSocket.',
    registers: [registry],
    collect() {
      this.set(active());
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
    watchSubscriptions: (read) => {
      active = read;
    },
    subscriptionRefused: (reason: RefusalReason) => refused.inc({ reason }),
    eventDropped: () => dropped.inc(),
  };
}

import { applyTimers } from '../routes/conversations.ts';
import type { Store } from '../store.ts';
import type { WebhookDispatcher } from './dispatcher.ts';
import { conversationStateUpdated } from './events.ts';
import { resolveTargets } from './targets.ts';

/**
 * Runs the conversation timers of every account, so that a conversation going inactive or closed
 * on its own raises onConversationStateUpdated (Reason `TIMER`) when it happens, not only when
 * someone next reads it. A request that reads it first applies the change itself (routes raise the
 * same event then), so each change is reported once either way.
 */
export function sweepTimers(store: Store, dispatcher: WebhookDispatcher): void {
  const now = store.now();
  let changed = false;
  for (const account of Object.values(store.state.accounts)) {
    for (const service of Object.values(account.services)) {
      for (const conversation of Object.values(service.conversations)) {
        const { inactiveMs, closedMs } = conversation.timers;
        if (conversation.state === 'closed' || (inactiveMs === null && closedMs === null)) continue;
        for (const change of applyTimers(conversation, now)) {
          changed = true;
          const event = conversationStateUpdated(service, conversation, { ...change, reason: 'TIMER' });
          dispatcher.send(account, event, resolveTargets(account, service, conversation, event.type));
        }
      }
    }
  }
  if (changed) store.persist();
}

import type { TwilioEvent } from '../realtime/index.ts';
import type { EndUserAccess } from './end-user.ts';

/** The most conversations one subscription remembers an end user in (a set, cleared past it). */
const MAX_REMEMBERED = 1_000;

/**
 * Which events of one subscription an end user hears of (docs/access-tokens.md §6): those of a
 * conversation they are a participant of when the event arrives, read afresh for each event; and
 * two of a conversation they are no longer in by then, which Twilio's client SDK tells a user of
 * too (`conversationLeft`, `conversationRemoved`): **their own removal** from it, and **its
 * deletion** when this subscription last knew them in it (the conversation it was started for,
 * or one whose events they were hearing). Nothing else of a conversation they left reaches them.
 *
 * One filter per subscription: it remembers where it found the user.
 */
export function endUserEvents(subscribedTo: string | undefined) {
  const theirs = new Set<string>(subscribedTo ? [subscribedTo] : []);
  const remember = (conversation: string) => {
    if (theirs.size >= MAX_REMEMBERED) theirs.clear();
    theirs.add(conversation);
  };
  return async (event: TwilioEvent, access: Pick<EndUserAccess, 'user' | 'isMember'>): Promise<boolean> => {
    const conversation = event.conversationSid ?? '';
    if (conversation !== '' && (await access.isMember(conversation))) {
      remember(conversation);
      return true;
    }
    const knewThem = theirs.delete(conversation);
    const service = event.fields.ChatServiceSid;
    if (service !== undefined && service !== access.user.serviceSid) return false;
    if (event.type === 'onParticipantRemoved') return event.fields.Identity === access.user.identity;
    return event.type === 'onConversationRemoved' && knewThem;
  };
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useMutation, useQuery, useSubscription } from 'urql';
import { describeError } from './errors.ts';
import type { MessageFieldsFragment, ParticipantFieldsFragment } from './gql/graphql.ts';
import {
  ChatEventsSubscription,
  ConversationQuery,
  MarkReadMutation,
  OlderMessagesQuery,
  SendMessageMutation,
} from './operations.ts';

/** Messages per page, on opening and for each older page. */
export const PAGE_SIZE = 30;

/** A message typed here and not yet confirmed by the gateway, or refused by it. */
export interface PendingMessage {
  key: string;
  body: string;
  error: string | null;
}

export interface ConversationState {
  friendlyName: string | null;
  /** Oldest first, each message once, whether it came from history, a subscription or a send. */
  messages: MessageFieldsFragment[];
  pending: PendingMessage[];
  participants: ParticipantFieldsFragment[];
  loading: boolean;
  /** Why the conversation could not be read, if it could not. */
  error: string | null;
  hasOlder: boolean;
  loadingOlder: boolean;
  loadOlder(): void;
  send(body: string): void;
}

/**
 * One open conversation: the newest page of messages, older pages on demand (`last`/`before`), new
 * messages and read marks pushed by the `ChatEvents` subscription, sends shown at once and reconciled with the
 * gateway's answer, and the signed-in member's read mark moved to the newest message shown.
 */
export function useConversation(conversationSid: string, identity: string): ConversationState {
  const client = useClient();
  const [messages, setMessages] = useState<ReadonlyMap<string, MessageFieldsFragment>>(new Map());
  const [participants, setParticipants] = useState<ReadonlyMap<string, ParticipantFieldsFragment>>(new Map());
  const [pending, setPending] = useState<PendingMessage[]>([]);
  const [older, setOlder] = useState<{ cursor: string | null; hasOlder: boolean; loading: boolean }>({
    cursor: null,
    hasOlder: false,
    loading: false,
  });
  const [olderError, setOlderError] = useState<string | null>(null);

  const addMessages = useCallback((incoming: readonly MessageFieldsFragment[]) => {
    if (incoming.length === 0) return;
    setMessages((current) => {
      const next = new Map(current);
      for (const message of incoming) next.set(message.sid, message);
      return next;
    });
  }, []);
  const addParticipants = useCallback((incoming: readonly ParticipantFieldsFragment[]) => {
    setParticipants((current) => {
      const next = new Map(current);
      for (const participant of incoming) next.set(participant.sid, participant);
      return next;
    });
  }, []);

  const [{ data, fetching, error }] = useQuery({
    query: ConversationQuery,
    variables: { sid: conversationSid, last: PAGE_SIZE },
  });
  useEffect(() => {
    const conversation = data?.conversation;
    if (!conversation) return;
    addMessages(conversation.messages.edges.map((edge) => edge.node));
    addParticipants(conversation.participants.edges.map((edge) => edge.node));
    // The first answer places the paging cursor; a later one (urql may run the query again) must
    // not move it back to the newest page once older pages are loaded.
    setOlder((current) =>
      current.cursor === null
        ? {
            cursor: conversation.messages.pageInfo.startCursor ?? null,
            hasOlder: conversation.messages.pageInfo.hasPreviousPage,
            loading: false,
          }
        : current,
    );
  }, [data, addMessages, addParticipants]);

  // Live events count from the screen's start, not from when it has loaded: nothing posted
  // meanwhile is missed (what both bring is merged by SID).
  const [{ error: liveError }] = useSubscription(
    { query: ChatEventsSubscription },
    (_previous: unknown, data) => {
      const event = data.conversationEvents;
      if (event.conversationSid !== conversationSid) return data;
      if (event.message) addMessages([event.message]);
      if (event.participant) addParticipants([event.participant]);
      return data;
    },
  );

  const loadOlder = useCallback(() => {
    if (!older.cursor || older.loading) return;
    setOlder((current) => ({ ...current, loading: true }));
    void client
      .query(OlderMessagesQuery, { sid: conversationSid, last: PAGE_SIZE, before: older.cursor })
      .toPromise()
      .then((result) => {
        const page = result.data?.conversation?.messages;
        if (!page) {
          setOlderError(result.error ? describeError(result.error) : 'Older messages could not be read.');
          setOlder((current) => ({ ...current, loading: false }));
          return;
        }
        setOlderError(null);
        addMessages(page.edges.map((edge) => edge.node));
        setOlder({
          cursor: page.pageInfo.startCursor ?? null,
          hasOlder: page.pageInfo.hasPreviousPage,
          loading: false,
        });
      });
  }, [client, conversationSid, older.cursor, older.loading, addMessages]);

  const [, sendMessage] = useMutation(SendMessageMutation);
  const sequence = useRef(0);
  const send = useCallback(
    (body: string) => {
      sequence.current += 1;
      const key = `pending-${sequence.current}`;
      setPending((current) => [...current, { key, body, error: null }]);
      void sendMessage({ conversationSid, author: identity, body }).then((result) => {
        const payload = result.data?.createMessage;
        const refusal =
          payload?.userErrors.map((userError) => userError.message).join(' ') ||
          (result.error ? describeError(result.error) : null) ||
          (payload?.message ? null : 'The message was not sent.');
        if (refusal) {
          setPending((current) =>
            current.map((item) => (item.key === key ? { ...item, error: refusal } : item)),
          );
          return;
        }
        if (payload?.message) addMessages([payload.message]);
        setPending((current) => current.filter((item) => item.key !== key));
      });
    },
    [sendMessage, conversationSid, identity, addMessages],
  );

  const sorted = useMemo(() => [...messages.values()].sort((a, b) => a.index - b.index), [messages]);
  useMarkRead(conversationSid, identity, sorted.at(-1)?.index, participants, addParticipants);

  return {
    friendlyName: data?.conversation?.friendlyName ?? data?.conversation?.uniqueName ?? null,
    messages: sorted,
    pending,
    participants: [...participants.values()],
    loading: fetching && !data,
    error:
      (error ? describeError(error) : null) ??
      (data && !data.conversation ? 'No such conversation, or you are not in it.' : null) ??
      (liveError ? `Live updates stopped: ${describeError(liveError)}` : null) ??
      olderError,
    hasOlder: older.hasOlder,
    loadingOlder: older.loading,
    loadOlder,
    send,
  };
}

/**
 * Moves the member's read mark (`lastReadMessageIndex`) to the newest message on screen while the
 * page is visible, once per index, so the other members see "Read" and the inbox its unread count.
 */
function useMarkRead(
  conversationSid: string,
  identity: string,
  newestIndex: number | undefined,
  participants: ReadonlyMap<string, ParticipantFieldsFragment>,
  addParticipants: (incoming: readonly ParticipantFieldsFragment[]) => void,
): void {
  const [, markRead] = useMutation(MarkReadMutation);
  const requested = useRef(-1);
  const me = [...participants.values()].find((participant) => participant.identity === identity);
  useEffect(() => {
    if (!me || newestIndex === undefined || document.visibilityState !== 'visible') return;
    if ((me.lastReadMessageIndex ?? -1) >= newestIndex || requested.current >= newestIndex) return;
    requested.current = newestIndex;
    void markRead({ conversationSid, participantSid: me.sid, index: newestIndex }).then((result) => {
      const participant = result.data?.updateParticipant?.participant;
      if (participant) addParticipants([participant]);
    });
  }, [me, newestIndex, conversationSid, markRead, addParticipants]);
}

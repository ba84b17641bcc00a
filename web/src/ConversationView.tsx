import { type FormEvent, useLayoutEffect, useRef, useState } from 'react';
import type { MessageFieldsFragment, ParticipantFieldsFragment } from './gql/graphql.ts';
import { useConversation } from './use-conversation.ts';

/** An open conversation: its messages (a live log), older pages on demand, and the message box. */
export function ConversationView({
  identity,
  conversationSid,
}: {
  identity: string;
  conversationSid: string;
}) {
  const state = useConversation(conversationSid, identity);
  const log = useRef<HTMLDivElement>(null);
  const newest = state.messages.at(-1)?.sid;
  const pendingCount = state.pending.length;

  // Keep the newest message in view as messages arrive, unless the reader has scrolled up.
  const pinned = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the newest message changes.
  useLayoutEffect(() => {
    const element = log.current;
    if (element && pinned.current) element.scrollTop = element.scrollHeight;
  }, [newest, pendingCount]);

  return (
    <section className="conversation" aria-labelledby="conversation-title">
      <h2 id="conversation-title">{state.friendlyName ?? conversationSid}</h2>
      {state.error ? (
        <p role="alert" className="error">
          {state.error}
        </p>
      ) : null}
      <div
        ref={log}
        role="log"
        aria-label="Messages"
        className="messages"
        onScroll={(event) => {
          const element = event.currentTarget;
          pinned.current = element.scrollHeight - element.scrollTop - element.clientHeight < 40;
        }}
      >
        {state.hasOlder ? (
          <button type="button" className="older" disabled={state.loadingOlder} onClick={state.loadOlder}>
            {state.loadingOlder ? 'Loading…' : 'Load older messages'}
          </button>
        ) : null}
        {state.loading ? <p className="hint">Loading messages…</p> : null}
        <ol>
          {state.messages.map((message) => (
            <MessageItem
              key={message.sid}
              message={message}
              mine={message.author === identity}
              readBy={readersOf(message, identity, state.participants)}
            />
          ))}
          {state.pending.map((item) => (
            <li key={item.key} className={`message mine ${item.error ? 'failed' : 'sending'}`}>
              <span className="author">{identity}</span>
              <p className="body">{item.body}</p>
              {item.error ? (
                <p role="alert" className="error">
                  Not sent: {item.error}
                </p>
              ) : (
                <span className="status">Sending…</span>
              )}
            </li>
          ))}
        </ol>
      </div>
      <Composer onSend={state.send} />
    </section>
  );
}

function MessageItem({
  message,
  mine,
  readBy,
}: {
  message: MessageFieldsFragment;
  mine: boolean;
  readBy: string[];
}) {
  return (
    <li className={mine ? 'message mine' : 'message'} data-index={message.index}>
      <span className="author">{message.author ?? 'system'}</span>{' '}
      <time dateTime={message.dateCreated}>
        {new Date(message.dateCreated).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
      </time>
      <p className="body">{message.body}</p>
      {mine ? (
        <span className="status">{readBy.length > 0 ? `Read by ${readBy.join(', ')}` : 'Sent'}</span>
      ) : null}
    </li>
  );
}

/** The other chat members whose read mark has reached this message. */
function readersOf(
  message: MessageFieldsFragment,
  identity: string,
  participants: readonly ParticipantFieldsFragment[],
): string[] {
  return participants
    .filter(
      (participant) =>
        participant.identity &&
        participant.identity !== identity &&
        (participant.lastReadMessageIndex ?? -1) >= message.index,
    )
    .map((participant) => participant.user?.friendlyName ?? participant.identity ?? '');
}

function Composer({ onSend }: { onSend: (body: string) => void }) {
  const [body, setBody] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    if (!text) return;
    onSend(text);
    setBody('');
  };
  return (
    <form className="composer" onSubmit={submit}>
      <label htmlFor="message-box" className="visually-hidden">
        Message
      </label>
      <input
        id="message-box"
        type="text"
        autoComplete="off"
        placeholder="Write a message"
        value={body}
        onChange={(event) => setBody(event.target.value)}
      />
      <button type="submit">Send</button>
    </form>
  );
}

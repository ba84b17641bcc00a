import { useEffect, useRef } from 'react';
import { useQuery, useSubscription } from 'urql';
import { describeError } from './errors.ts';
import { ChatEventsSubscription, InboxQuery } from './operations.ts';
import { routeHref } from './route.ts';

/** Events closer together than this refresh the inbox once. */
const REFRESH_DELAY_MS = 150;

/** The identity's conversations: a link each, with the unread count and the last message. */
export function Inbox({ identity, current }: { identity: string; current: string | null }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: InboxQuery, variables: { identity } });

  // A new message or read mark anywhere re-reads the list: its counts come from Twilio.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useSubscription({ query: ChatEventsSubscription }, (_previous: unknown, event) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => refetch({ requestPolicy: 'network-only' }), REFRESH_DELAY_MS);
    return event;
  });
  useEffect(() => () => clearTimeout(timer.current), []);

  const conversations = data?.user?.conversations.edges.map((edge) => edge.node) ?? [];
  return (
    <nav className="inbox" aria-label="Conversations">
      {error ? (
        <p role="alert" className="error">
          {describeError(error)}
        </p>
      ) : null}
      {fetching && !data ? <p className="hint">Loading conversations…</p> : null}
      {data?.user && conversations.length === 0 ? <p className="hint">No conversations yet.</p> : null}
      <ul>
        {conversations.map((item) => {
          const last = item.conversation?.messages.edges.at(-1)?.node;
          const unread = item.unreadMessagesCount ?? 0;
          return (
            <li
              key={item.conversationSid}
              className={item.conversationSid === current ? 'current' : undefined}
            >
              <a
                href={routeHref(identity, item.conversationSid)}
                aria-current={item.conversationSid === current ? 'page' : undefined}
              >
                {item.friendlyName ?? item.uniqueName ?? item.conversationSid}
              </a>
              {unread > 0 ? (
                <span className="unread" title={`${unread} unread`}>
                  {unread}
                </span>
              ) : null}
              {last ? (
                <p className="last">
                  <span className="author">{last.author ?? 'system'}:</span> {last.body}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

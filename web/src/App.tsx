import { useEffect, useMemo, useState } from 'react';
import { Provider } from 'urql';
import { ConversationView } from './ConversationView.tsx';
import { createGatewayClient } from './client.ts';
import { Inbox } from './Inbox.tsx';
import { routeHref, useRoute } from './route.ts';
import { createTokenSource, type DemoIdentity, fetchDemoIdentities } from './session.ts';

export function App() {
  const route = useRoute();
  const [identities, setIdentities] = useState<DemoIdentity[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    fetchDemoIdentities().then(setIdentities, (error: unknown) =>
      setProblem(`The demo identities could not be read: ${String(error)}`),
    );
  }, []);

  return (
    <div className="app">
      <header className="bar">
        <h1>Chat</h1>
        <label>
          Identity{' '}
          <select
            value={route.identity ?? ''}
            onChange={(event) => {
              window.location.hash = event.target.value ? routeHref(event.target.value) : '';
            }}
          >
            <option value="">Choose who you are…</option>
            {(identities ?? []).map((entry) => (
              <option key={entry.identity} value={entry.identity}>
                {entry.friendlyName ? `${entry.friendlyName} (${entry.identity})` : entry.identity}
              </option>
            ))}
            {/* An identity from the address, shown even before the list arrives. */}
            {route.identity && !identities?.some((entry) => entry.identity === route.identity) ? (
              <option value={route.identity}>{route.identity}</option>
            ) : null}
          </select>
        </label>
      </header>
      {problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : null}
      {route.identity ? (
        <SignedIn key={route.identity} identity={route.identity} conversationSid={route.conversationSid} />
      ) : (
        <p className="hint">Pick an identity to see their conversations.</p>
      )}
    </div>
  );
}

/** Everything below is rendered for one identity, with a client holding that identity's token. */
function SignedIn({ identity, conversationSid }: { identity: string; conversationSid: string | null }) {
  const gateway = useMemo(() => createGatewayClient(createTokenSource(identity)), [identity]);
  useEffect(() => () => gateway.dispose(), [gateway]);
  return (
    <Provider value={gateway.client}>
      <main className="panes">
        <Inbox identity={identity} current={conversationSid} />
        {conversationSid ? (
          <ConversationView key={conversationSid} identity={identity} conversationSid={conversationSid} />
        ) : (
          <section className="conversation empty">
            <p className="hint">Open a conversation.</p>
          </section>
        )}
      </main>
    </Provider>
  );
}

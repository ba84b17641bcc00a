/**
 * Keeps secrets out of every line the gateway writes. Server secrets (auth token, API secret,
 * gateway tokens) are known from the start; a pass-through caller's secret is known only while its
 * request runs, so requests register it here and release it when they finish. Each secret is
 * scrubbed raw and in the base64 forms an Authorization header would carry.
 */
export interface SecretRedactor {
  /** Registers a secret (and optionally the `user:secret` pair of a Basic header); returns its release. */
  hold(secret: string, basicUser?: string): () => void;
  redact(text: string): string;
}

/** Anything shaped like an Authorization value is dropped, whoever's it is. */
const AUTHORIZATION_VALUE = /\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]+/gi;

/** Secrets shorter than this would scrub ordinary words; config refuses such gateway tokens anyway. */
const MIN_SECRET_LENGTH = 6;

/** Usernames whose latest forms are kept; past this the table starts again (no caller is refused). */
const KNOWN_USERS = 1000;

export function createSecretRedactor(initial: string[] = []): SecretRedactor {
  const held = new Map<string, number>();
  // The forms to scrub, longest first (a base64 pair is replaced whole before a secret inside it
  // could be): rebuilt only when a form comes or goes, not for every line.
  let ordered: string[] | null = null;
  const add = (form: string) => {
    if (form.length < MIN_SECRET_LENGTH) return;
    const count = held.get(form);
    if (count === undefined) ordered = null;
    held.set(form, (count ?? 0) + 1);
  };
  const remove = (form: string) => {
    const count = held.get(form);
    if (count === undefined) return;
    if (count <= 1) {
      held.delete(form);
      ordered = null;
    } else held.set(form, count - 1);
  };
  const formsOf = (secret: string, basicUser?: string): string[] => {
    const forms = [secret, Buffer.from(secret).toString('base64')];
    if (basicUser !== undefined) forms.push(Buffer.from(`${basicUser}:${secret}`).toString('base64'));
    return forms.filter((form, index) => forms.indexOf(form) === index);
  };
  // A pass-through caller sends the same secret with every request: its forms are kept per username
  // for as long as the same secret comes with it (keyed by the username, never by the secret).
  const known = new Map<string, { secret: string; forms: string[] }>();
  const formsOfCaller = (secret: string, basicUser?: string): string[] => {
    if (basicUser === undefined) return formsOf(secret);
    const kept = known.get(basicUser);
    if (kept?.secret === secret) return kept.forms;
    const forms = formsOf(secret, basicUser);
    if (known.size >= KNOWN_USERS) known.clear();
    known.set(basicUser, { secret, forms });
    return forms;
  };
  for (const secret of initial) for (const form of formsOf(secret)) add(form);

  return {
    hold(secret, basicUser) {
      const forms = formsOfCaller(secret, basicUser);
      for (const form of forms) add(form);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        for (const form of forms) remove(form);
      };
    },
    redact(text) {
      let result = text.replace(AUTHORIZATION_VALUE, '$1 [REDACTED]');
      ordered ??= [...held.keys()].sort((a, b) => b.length - a.length);
      for (const form of ordered) {
        if (result.includes(form)) result = result.split(form).join('[REDACTED]');
      }
      return result;
    },
  };
}

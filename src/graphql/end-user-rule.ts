/**
 * The field extension the end-user guard (src/graphql/end-user-guard.ts) sets on every field whose
 * reading by an end user a rule decides: the look-ahead leaves such a field for its resolver, so
 * a refused field is never read from Twilio ahead of its refusal.
 */
export const END_USER_RULE = 'endUserRule';

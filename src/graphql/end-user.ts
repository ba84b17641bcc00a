import type { EndUser } from '../access/index.ts';

/**
 * One end user's request: who they are, and what the request has learnt about their reach so far
 * (the conversations they belong to, their roles), so each fact is read from Twilio once per
 * request however many objects it decides.
 */
export interface EndUserAccess {
  readonly user: EndUser;
}

export function createEndUserAccess(user: EndUser): EndUserAccess {
  return { user };
}

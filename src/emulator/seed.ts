import type { AccountState, Store } from './store.ts';

/** Demo data for `--seed demo`: a service with users, conversations, participants of both kinds, messages and receipts. */
export function seedDemo(_store: Store, _account: AccountState): void {}

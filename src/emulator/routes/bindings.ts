import type { Router } from '../router.ts';

export function registerBindings(_router: Router): void {}

/** Emulator-only: create a push binding, which Twilio's SDKs do outside REST. */
export function registerBindingAdmin(_router: Router): void {}

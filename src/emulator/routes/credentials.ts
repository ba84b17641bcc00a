import type { Router } from '../router.ts';

export function registerCredentials(_router: Router): void {}

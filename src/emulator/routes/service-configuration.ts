import type { Router } from '../router.ts';

export function registerServiceConfiguration(_router: Router): void {}

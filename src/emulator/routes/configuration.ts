import type { Router } from '../router.ts';

export function registerConfiguration(_router: Router): void {}

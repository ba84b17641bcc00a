import type { Router } from '../router.ts';

export function registerBindings(_router: Router): void {}

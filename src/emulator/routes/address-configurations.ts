import type { Router } from '../router.ts';

export function registerAddressConfigurations(_router: Router): void {}

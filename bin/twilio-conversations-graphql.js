#!/usr/bin/env node
// The CLI as compiled by `npm run build` (which `npm ci` and `npm pack` run); `npm run dev` runs the source.
import '../dist/cli.js';

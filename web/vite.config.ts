import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the chat app into dist/web, which the gateway serves at `/` (src/server/web-app.ts). Vite
 * compiles the TSX itself (automatic JSX runtime); the typecheck is `tsc -p web/tsconfig.json`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Asset URLs relative to the page, so the app works wherever the gateway mounts it.
  base: './',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The gateway gzips on the way out; the size that counts is measured in the browser test.
    reportCompressedSize: false,
  },
});

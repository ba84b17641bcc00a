// Loaded with `node --import`: records the URL of every module the process loads, one per line, in
// the file named by TRACE_IMPORTS_FILE, so a test can tell which parts of the code a process loaded.
import { register } from 'node:module';

register(new URL('./trace-imports-hooks.mjs', import.meta.url), {
  data: { file: process.env.TRACE_IMPORTS_FILE },
});

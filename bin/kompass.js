#!/usr/bin/env node
// The operations CLI. It runs the compiled code (npm run build, also done by npm start).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/app/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('Kompass is not built yet: run "npm run build" first.');
  process.exit(1);
}
await import(entry.href);

#!/usr/bin/env node
// The `farley` command. Its code is built by `npm install` (the prepare script) into out/cli.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../out/cli/farley.js', import.meta.url));
if (!existsSync(built)) {
  console.error(
    'farley: the command is not built yet; run "npm run build:cli" in the Farley folder.',
  );
  process.exit(1);
}
await import(built);

import os from 'node:os';
import { runCli } from './runCli';

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  platform: process.platform,
  home: os.homedir(),
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});

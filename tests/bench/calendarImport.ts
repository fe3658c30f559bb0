// One calendar import in a process of its own, so its peak memory is the import's alone (plus
// Node's and tsx's baseline, reported apart). Prints a JSON line for calendarBench.ts.
import { openCore } from '../../electron/core/coreContext';
import { createDispatcher } from '../../electron/core/rpc/dispatch';
import { createHandlers } from '../../electron/core/rpc/handlers';
import { timeOnce } from './measure';

const [source, dataDir] = process.argv.slice(2);
if (!source || !dataDir) throw new Error('usage: calendarImport.ts SOURCE DATA_DIR');
const core = openCore({
  dataDir,
  appVersion: 'bench',
  clock: () => new Date('2026-11-23T12:00:00Z'),
  systemTimeZone: () => 'America/New_York',
});
const dispatch = createDispatcher(createHandlers(core));
const baselineRssMb = process.resourceUsage().maxRSS / 1024;
const ms = await timeOnce(async () => {
  const answer = await dispatch('calendars.add', { path: source });
  if (!answer.ok) throw new Error(answer.error.message);
});
core.db.close();
console.log(
  JSON.stringify({ ms, baselineRssMb, peakRssMb: process.resourceUsage().maxRSS / 1024 }),
);

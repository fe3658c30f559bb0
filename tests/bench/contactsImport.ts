// One contacts import in a process of its own, so its peak memory is the import's alone (plus
// Node's and tsx's baseline, reported apart). Prints a JSON line for contactsBench.ts.
import { openCore } from '../../electron/core/coreContext';
import { createDispatcher } from '../../electron/core/rpc/dispatch';
import { createHandlers } from '../../electron/core/rpc/handlers';
import { timeOnce } from './measure';

const [file, dataDir] = process.argv.slice(2);
if (!file || !dataDir) throw new Error('usage: contactsImport.ts FILE DATA_DIR');
const core = openCore({ dataDir, appVersion: 'bench' });
const dispatch = createDispatcher(createHandlers(core));
const baselineRssMb = process.resourceUsage().maxRSS / 1024;
let created = 0;
const ms = await timeOnce(async () => {
  const answer = await dispatch('contacts.import', { format: 'vcard', paths: [file] });
  if (!answer.ok) throw new Error(answer.error.message);
  created = (answer.data as { created: unknown[] }).created.length;
});
const previewMs = await timeOnce(() =>
  dispatch('contacts.preview', { format: 'vcard', paths: [file] }),
);
core.db.close();
console.log(
  JSON.stringify({
    ms,
    previewAgainMs: previewMs,
    created,
    baselineRssMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);

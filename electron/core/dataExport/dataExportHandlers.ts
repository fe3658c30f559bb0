import type { CoreContext } from '../coreContext';
import type { CoreHandlers } from '../rpc/handlers';
import { exportData, importJsonFile } from './exportData';

export function dataExportHandlers(
  ctx: CoreContext,
): Pick<CoreHandlers, 'data.export' | 'data.importJson'> {
  return {
    'data.export': (input) => exportData(ctx, input),
    'data.importJson': (input) => importJsonFile(ctx, input.path),
  };
}

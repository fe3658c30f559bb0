import { dialog, type BrowserWindow } from 'electron';
import type { ShellHandlers } from '../core/rpc/handlers';

/** The calls only the desktop shell can answer: system dialogs, attached to our window. */
export function createShellHandlers(win: () => BrowserWindow | null): ShellHandlers {
  return {
    'shell.choosePath': async (input) => {
      const options: Electron.OpenDialogOptions = {
        title: input.title || (input.kind === 'folder' ? 'Choose a folder' : 'Choose a file'),
        properties: [input.kind === 'folder' ? 'openDirectory' : 'openFile'],
        ...(input.extensions.length
          ? { filters: [{ name: input.extensions.join(', '), extensions: input.extensions }] }
          : {}),
      };
      const parent = win();
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return { path: result.canceled ? null : (result.filePaths[0] ?? null) };
    },
  };
}

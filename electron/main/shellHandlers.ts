import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { DomainError } from '../core/domainError';
import type { ShellHandlers } from '../core/rpc/handlers';

interface SaveQuestion {
  title: string;
  defaultName: string;
  extensions: string[];
}

/** The system's "Save as" dialog, attached to our window; the chosen path or null. */
async function askWhereToSave(
  parent: BrowserWindow | null,
  question: SaveQuestion,
): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title: question.title,
    defaultPath: path.join(app.getPath('documents'), question.defaultName),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    ...(question.extensions.length
      ? { filters: [{ name: question.extensions.join(', '), extensions: question.extensions }] }
      : {}),
  };
  const result = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** Writes a file the user placed; a refusal (read-only folder, full disk) is said in words. */
async function writeChosenFile(target: string, content: string | Buffer): Promise<void> {
  try {
    await writeFile(target, content);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'an error';
    throw new DomainError(
      'invalid_input',
      `Could not write ${target} (${reason}). Choose another folder and try again.`,
    );
  }
}

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

    'shell.saveText': async (input) => {
      const target = await askWhereToSave(win(), {
        title: input.title || 'Save',
        defaultName: input.defaultName,
        extensions: input.extensions,
      });
      if (!target) return { path: null };
      await writeChosenFile(target, input.text);
      return { path: target };
    },

    'shell.chooseSavePath': async (input) => ({
      path: await askWhereToSave(win(), {
        title: input.title || 'Save',
        defaultName: input.defaultName,
        extensions: input.extensions,
      }),
    }),

    'shell.printToPdf': async (input) => {
      const parent = win();
      if (!parent) throw new DomainError('invalid_input', 'There is no window to print.');
      // Rendered first, with the page's print stylesheet, so the dialog cannot change what prints.
      const pdf = await parent.webContents.printToPDF({
        printBackground: false,
        pageSize: 'A4',
        margins: { marginType: 'default' },
      });
      const target = await askWhereToSave(parent, {
        title: 'Save as PDF',
        defaultName: input.defaultName,
        extensions: ['pdf'],
      });
      if (!target) return { path: null };
      await writeChosenFile(target, pdf);
      return { path: target };
    },
  };
}

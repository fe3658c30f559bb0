import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { callNames } from '../../../shared/contract';
import { fail } from '../../../shared/result';
import {
  openCore,
  type CoreContext,
  type OpenCoreOptions,
} from '../../../electron/core/coreContext';
import { createDispatcher } from '../../../electron/core/rpc/dispatch';
import { createHandlers } from '../../../electron/core/rpc/handlers';
import { photoForPath } from '../../../electron/core/people/personPhoto';
import { WELCOME_DONE_KEY } from '../../../electron/core/sample/welcomeHandlers';
import { writeSetting } from '../../../electron/core/settings/settingsRepository';
import {
  CONTENT_SECURITY_POLICY,
  contentTypeOf,
  resolveAppAsset,
} from '../../../electron/core/shell/appAssets';

export interface Harness {
  url: string;
  core: CoreContext;
  /**
   * What the next system dialog "returns" (the harness has no real dialogs): an open dialog's
   * choice, or where a save dialog puts the file (`shell.saveText` writes its text there;
   * `shell.chooseSavePath` only returns it).
   */
  answerNextPathDialog: (path: string | null) => void;
  /** Every `shell.printToPdf` the page asked for, oldest first: the harness cannot print. */
  printRequests: { defaultName: string }[];
  close(): Promise<void>;
}

const CALL_PREFIX = '/__harness/call/';
const BRIDGE_PATH = '/__harness/bridge.js';
const MAX_BODY = 5 * 1024 * 1024;

/**
 * The same bridge the preload exposes, over HTTP: one function per contract call. Served as a
 * script of our own origin, so the page's CSP needs no exception for it.
 */
function bridgeScript(): string {
  return `(() => {
  const names = ${JSON.stringify(callNames)};
  const calls = {};
  for (const name of names) {
    calls[name] = async (input) => {
      const response = await fetch(${JSON.stringify(CALL_PREFIX)} + encodeURIComponent(name), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input === undefined ? null : input),
      });
      return response.json();
    };
  }
  window.farley = { calls, onMenuCommand: () => () => undefined };
})();`;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('Request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/**
 * Serves the built renderer and answers its calls with the real core on a real SQLite file,
 * on 127.0.0.1 only: the browser test stand-in for Electron's main process and preload.
 */
export async function startHarness(
  options: OpenCoreOptions & {
    rendererDir: string;
    /** Offer the first-run welcome on an empty store; off so other tests meet the app itself. */
    offerWelcome?: boolean;
  },
): Promise<Harness> {
  const core = openCore(options);
  if (!options.offerWelcome) writeSetting(core, WELCOME_DONE_KEY, true);
  const pathAnswers: (string | null)[] = [];
  const printRequests: { defaultName: string }[] = [];
  const dispatch = createDispatcher(
    {
      ...createHandlers(core),
      'shell.choosePath': () => ({ path: pathAnswers.shift() ?? null }),
      'shell.saveText': async (input) => {
        const target = pathAnswers.shift() ?? null;
        if (target) await writeFile(target, input.text, 'utf8');
        return { path: target };
      },
      'shell.chooseSavePath': () => ({ path: pathAnswers.shift() ?? null }),
      'shell.printToPdf': (input) => {
        printRequests.push({ defaultName: input.defaultName });
        return { path: pathAnswers.shift() ?? null };
      },
    },
    {
      onUnexpectedError: (name, error) => console.error(`[harness] ${name} failed`, error),
    },
  );

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (req.method === 'POST' && url.pathname.startsWith(CALL_PREFIX)) {
        const name = decodeURIComponent(url.pathname.slice(CALL_PREFIX.length));
        let input: unknown;
        try {
          const body = await readBody(req);
          input = body ? (JSON.parse(body) as unknown) : undefined;
          if (input === null) input = undefined;
        } catch {
          send(res, 200, 'application/json', JSON.stringify(fail('invalid_input', 'Not JSON')));
          return;
        }
        send(res, 200, 'application/json', JSON.stringify(await dispatch(name, input)));
        return;
      }
      if (req.method !== 'GET') {
        send(res, 405, 'text/plain', 'Method not allowed');
        return;
      }
      if (url.pathname.startsWith('/photos/')) {
        const photo = photoForPath(core, url.pathname);
        if (photo) send(res, 200, photo.mime, photo.bytes);
        else send(res, 404, 'text/plain', 'Not found');
        return;
      }
      if (url.pathname === BRIDGE_PATH) {
        send(res, 200, 'text/javascript; charset=utf-8', bridgeScript());
        return;
      }
      const file = resolveAppAsset(options.rendererDir, `http://127.0.0.1${url.pathname}`);
      if (!file) {
        send(res, 404, 'text/plain', 'Not found');
        return;
      }
      try {
        let body: string | Buffer = await readFile(file);
        if (file.endsWith('index.html')) {
          // The bridge must exist before the app's module script runs.
          body = body
            .toString('utf8')
            .replace('<head>', `<head><script src="${BRIDGE_PATH}"></script>`);
        }
        send(res, 200, contentTypeOf(file), body);
      } catch {
        send(res, 404, 'text/plain', 'Not found');
      }
    })();
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    core,
    answerNextPathDialog: (path) => pathAnswers.push(path),
    printRequests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          core.db.close();
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

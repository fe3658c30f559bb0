import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../shared/contract';

export function installAppMenu(win: () => BrowserWindow | null): void {
  const send = (command: MenuCommand) => () =>
    win()?.webContents.send(MENU_COMMAND_CHANNEL, command);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Person', accelerator: 'CmdOrCtrl+N', click: send('new-person') },
        { label: 'Log a Note…', accelerator: 'CmdOrCtrl+L', click: send('quick-capture') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'Go',
      submenu: [
        // ⌘0 stays Actual Size (View menu); B for Briefing.
        { label: 'Briefing', accelerator: 'CmdOrCtrl+B', click: send('go-briefing') },
        { label: 'People', accelerator: 'CmdOrCtrl+1', click: send('go-people') },
        { label: 'Organizations', accelerator: 'CmdOrCtrl+2', click: send('go-organizations') },
        { label: 'Follow-ups', accelerator: 'CmdOrCtrl+3', click: send('go-follow-ups') },
        { label: 'Agenda', accelerator: 'CmdOrCtrl+4', click: send('go-agenda') },
        { label: 'Reach Out', accelerator: 'CmdOrCtrl+5', click: send('go-reach-out') },
        { label: 'Settings', accelerator: 'CmdOrCtrl+,', click: send('open-settings') },
        { type: 'separator' },
        { label: 'Search Everything…', accelerator: 'CmdOrCtrl+K', click: send('open-palette') },
        { label: 'Search This List', accelerator: 'CmdOrCtrl+F', click: send('focus-search') },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged
          ? []
          : [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: `Farley ${app.getVersion()}`, enabled: false }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

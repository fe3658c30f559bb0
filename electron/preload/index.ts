import { contextBridge, ipcRenderer } from 'electron';
import {
  callNames,
  channelOf,
  MENU_COMMAND_CHANNEL,
  menuCommands,
  type FarleyBridge,
  type FarleyCalls,
  type MenuCommand,
} from '../../shared/contract';

// Exactly the contract, one function per call; the renderer never sees ipcRenderer itself.
const calls = Object.fromEntries(
  callNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelOf(name), input)]),
) as unknown as FarleyCalls;

const bridge: FarleyBridge = {
  calls,
  onMenuCommand(listener) {
    const relay = (_event: unknown, command: unknown) => {
      if (menuCommands.includes(command as MenuCommand)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, relay);
    };
  },
};

contextBridge.exposeInMainWorld('farley', bridge);

import type { z } from 'zod';
import type { Result } from '../result';
import { appCalls } from './app';
import { briefingCalls } from './briefing';
import { calendarCalls } from './calendar';
import { dataTransferCalls } from './dataTransfer';
import { insightCalls } from './insights';
import { draftCalls } from './drafts';
import { interactionCalls } from './interactions';
import { combineCalls, type CallDefinition } from './define';
import { organizationCalls } from './organizations';
import { peopleCalls } from './people';
import { relationshipCalls } from './relationships';
import { searchCalls } from './search';
import { shellCalls } from './shell';
import { tagCalls } from './tags';

export const contract = combineCalls(
  appCalls,
  peopleCalls,
  organizationCalls,
  tagCalls,
  relationshipCalls,
  searchCalls,
  interactionCalls,
  draftCalls,
  calendarCalls,
  briefingCalls,
  dataTransferCalls,
  insightCalls,
  shellCalls,
);

export type Contract = typeof contract;
export type CallName = keyof Contract;
/** Calls the desktop shell answers (dialogs); the core answers all the others. */
export type ShellCallName = Extract<CallName, `shell.${string}`>;
export type CoreCallName = Exclude<CallName, ShellCallName>;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
/** The input after parsing: what handlers receive. */
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> =
  Contract[K] extends CallDefinition<z.ZodType, infer O> ? O : never;

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** IPC channel of a call; prefixed so no other listener can collide with ours. */
export function channelOf(name: CallName): string {
  return `farley:${name}`;
}

/** The API the preload (and the browser test harness) put on `window.farley`. */
export type FarleyCalls = {
  [K in CallName]: (input: CallInput<K>) => Promise<Result<CallOutput<K>>>;
};

export const menuCommands = [
  'new-person',
  'focus-search',
  'go-people',
  'go-organizations',
  'open-palette',
  'quick-capture',
  'go-follow-ups',
  'go-reach-out',
  'go-agenda',
  'open-settings',
  'go-briefing',
] as const;
export type MenuCommand = (typeof menuCommands)[number];
export const MENU_COMMAND_CHANNEL = 'farley:menu-command';

export interface FarleyBridge {
  calls: FarleyCalls;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

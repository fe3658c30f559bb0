import type { Cadence } from './insights';

/** Named colours, so a tag looks right in both themes (the renderer maps each to two shades). */
export const TAG_COLORS = [
  'gray',
  'red',
  'orange',
  'yellow',
  'green',
  'teal',
  'blue',
  'purple',
  'pink',
] as const;
export type TagColor = (typeof TAG_COLORS)[number];

export interface Tag {
  id: string;
  name: string;
  color: TagColor;
  /** How often to keep in touch with everyone carrying it, unless they have their own; null: no default. */
  cadence: Cadence | null;
}

export interface TagWithUsage extends Tag {
  people: number;
  organizations: number;
}

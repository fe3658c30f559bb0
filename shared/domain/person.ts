import type { Cadence } from './insights';
import type { RelationshipView } from './relationship';
import type { Tag } from './tag';

export interface PersonEmail {
  address: string;
  label: string;
  primary: boolean;
}

export interface PersonPhone {
  number: string;
  label: string;
  primary: boolean;
}

export interface PersonAddress {
  label: string;
  street: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

export interface PersonLink {
  label: string;
  url: string;
}

export const DATE_KINDS = ['birthday', 'anniversary', 'custom'] as const;
export type DateKind = (typeof DATE_KINDS)[number];

export interface ImportantDate {
  kind: DateKind;
  label: string;
  month: number;
  day: number;
  /** Null when the year is not known. */
  year: number | null;
}

export interface CustomField {
  label: string;
  value: string;
}

export interface PersonRole {
  organizationId: string;
  organizationName: string;
  title: string;
  startDate: string | null;
  endDate: string | null;
  current: boolean;
}

export interface PersonRef {
  id: string;
  displayName: string;
}

export interface Person {
  id: string;
  displayName: string;
  givenName: string;
  familyName: string;
  nickname: string;
  pronouns: string;
  /** A URL on Farley's own origin, changing whenever the photo does; null without a photo. */
  photoUrl: string | null;
  emails: PersonEmail[];
  phones: PersonPhone[];
  addresses: PersonAddress[];
  links: PersonLink[];
  roles: PersonRole[];
  howWeMet: string;
  metOn: string | null;
  introducedBy: PersonRef | null;
  about: string;
  keyFacts: string[];
  dates: ImportantDate[];
  customFields: CustomField[];
  tags: Tag[];
  relationships: RelationshipView[];
  /** Their own keep-in-touch cadence ('none' opts out of their tags'); null: follow the tags. */
  cadence: Cadence | null;
  /** Derived from interactions: the latest one that has taken place. */
  lastContactedAt: string | null;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

/** What a list row needs. */
export interface PersonSummary {
  id: string;
  displayName: string;
  primaryEmail: string | null;
  /** "Title @ Organization" of the first current role, or ''. */
  headline: string;
  photoUrl: string | null;
  tags: Tag[];
  lastContactedAt: string | null;
  updatedAt: string;
  archivedAt: string | null;
  /** Warmth 0–100, filled only when the list is sorted by it (it costs a pass over everyone). */
  warmth: number | null;
}

import type { ContactDraft } from '../../../../shared/domain/contacts';
import type {
  ImportantDate,
  PersonAddress,
  PersonEmail,
  PersonLink,
  PersonPhone,
} from '../../../../shared/domain/person';
import { readDate } from './vcardDates';
import { splitEscaped, unescapeText } from './vcardEscape';
import { appleLabel, labelFromTypes } from './vcardLabels';
import { readPhoto } from './vcardPhoto';
import {
  firstParam,
  groupOf,
  paramValues,
  preferenceOf,
  rawValue,
  type VcardComponent,
  type VcardProperty,
} from './vcardProperty';

export type ReadCard =
  { ok: true; contact: Omit<ContactDraft, 'position'> } | { ok: false; reason: string };

/** Loose on purpose: something@something. Anything else is dropped from the contact. */
const EMAIL = /^[^\s@]+@[^\s@]+$/;
/** Google puts every contact in "myContacts"; as a tag it would only be noise. */
const SYSTEM_GROUPS = new Set(['mycontacts']);

const text = (prop: VcardProperty) => unescapeText(rawValue(prop)).trim();
const components = (prop: VcardProperty) =>
  splitEscaped(rawValue(prop), ';').map((part) => unescapeText(part).trim());

/** A 4.0 `tel:` URI as people write numbers: `tel:+1-555-0100;ext=42` → "+1-555-0100 ext. 42". */
function phoneNumber(value: string): string {
  const uri = /^tel:([^;]*)(.*)$/i.exec(value);
  if (!uri) return value;
  const extension = /;ext=([^;]+)/i.exec(uri[2] ?? '')?.[1];
  return extension ? `${uri[1]} ext. ${extension}` : (uri[1] ?? '');
}

interface Ranked<T> {
  item: T;
  preference: number | null;
}

/** Marks the most preferred values primary (all of them on a tie, as PREF=1 on several). */
function withPrimary<T extends { primary: boolean }>(ranked: Ranked<T>[]): T[] {
  const preferences = ranked.map((r) => r.preference).filter((p): p is number => p !== null);
  const best = preferences.length ? Math.min(...preferences) : null;
  return ranked.map((r) => ({ ...r.item, primary: best !== null && r.preference === best }));
}

/** Reads one parsed card. Fails only when nothing names the contact. */
export function readCard(card: VcardComponent): ReadCard {
  const props = card.getAllProperties();
  // Apple and Google label a grouped value with a sibling `itemN.X-ABLabel`.
  const groupLabels = new Map<string, string>();
  for (const prop of props) {
    if (prop.name === 'x-ablabel' && groupOf(prop)) {
      groupLabels.set(groupOf(prop), appleLabel(unescapeText(rawValue(prop))));
    }
  }
  const labelOf = (prop: VcardProperty) =>
    groupLabels.get(groupOf(prop)) ?? labelFromTypes(paramValues(prop, 'type'));

  let fullName = '';
  let name: string[] | null = null;
  let nickname = '';
  const emails: Ranked<PersonEmail>[] = [];
  const phones: Ranked<PersonPhone>[] = [];
  const addresses: PersonAddress[] = [];
  const links: PersonLink[] = [];
  const organizations: string[] = [];
  const titles: string[] = [];
  const notes: string[] = [];
  const dates: ImportantDate[] = [];
  const tags = new Map<string, string>();
  let photo: ContactDraft['photo'] = null;

  const addDate = (prop: VcardProperty, kind: ImportantDate['kind'], label = '') => {
    if (dates.some((d) => d.kind === kind && kind !== 'custom')) return;
    const date = readDate(rawValue(prop), firstParam(prop, 'x-apple-omit-year'));
    if (date) dates.push({ kind, label, ...date });
  };

  for (const prop of props) {
    switch (prop.name) {
      case 'fn':
        fullName ||= text(prop);
        break;
      case 'n':
        name ??= components(prop);
        break;
      case 'nickname':
        nickname ||= text(prop);
        break;
      case 'email': {
        const address = text(prop).replace(/^mailto:/i, '');
        const seen = emails.some((e) => e.item.address.toLowerCase() === address.toLowerCase());
        if (EMAIL.test(address) && !seen) {
          const item = { address, label: labelOf(prop), primary: false };
          emails.push({ item, preference: preferenceOf(prop) });
        }
        break;
      }
      case 'tel': {
        const number = phoneNumber(text(prop));
        if (number && !phones.some((p) => p.item.number === number)) {
          const item = { number, label: labelOf(prop), primary: false };
          phones.push({ item, preference: preferenceOf(prop) });
        }
        break;
      }
      case 'adr': {
        const [
          poBox = '',
          extended = '',
          street = '',
          city = '',
          region = '',
          postalCode = '',
          country = '',
        ] = components(prop);
        const address = {
          label: labelOf(prop),
          street: [street, extended, poBox].filter(Boolean).join('\n'),
          city,
          region,
          postalCode,
          country,
        };
        if ([address.street, city, region, postalCode, country].some(Boolean))
          addresses.push(address);
        break;
      }
      case 'url':
      case 'x-socialprofile': {
        const url = text(prop);
        if (url && !links.some((l) => l.url === url)) links.push({ label: labelOf(prop), url });
        break;
      }
      case 'org': {
        const organization = components(prop)[0] ?? '';
        if (organization) organizations.push(organization);
        break;
      }
      case 'title':
        if (text(prop)) titles.push(text(prop));
        break;
      case 'note':
        // Not trimmed inside: the text is the user's, line breaks and all.
        if (text(prop)) notes.push(unescapeText(rawValue(prop)));
        break;
      case 'bday':
        addDate(prop, 'birthday');
        break;
      case 'anniversary':
      case 'x-anniversary':
        addDate(prop, 'anniversary');
        break;
      case 'x-abdate': {
        // Apple's dates: an anniversary, or a date under the user's own label.
        const label = groupLabels.get(groupOf(prop)) ?? '';
        if (label === 'anniversary') addDate(prop, 'anniversary');
        else addDate(prop, 'custom', label || 'date');
        break;
      }
      case 'categories':
        for (const part of splitEscaped(rawValue(prop), ',')) {
          const tag = unescapeText(part).trim();
          const key = tag.toLowerCase();
          if (tag && !SYSTEM_GROUPS.has(key) && !tags.has(key)) tags.set(key, tag);
        }
        break;
      case 'photo':
        photo ??= readPhoto(rawValue(prop), [
          ...paramValues(prop, 'type'),
          ...paramValues(prop, 'mediatype'),
        ]);
        break;
    }
  }

  const [familyName = '', givenName = '', middle = '', prefix = '', suffix = ''] = name ?? [];
  const nameFromN = [prefix, givenName, middle, familyName, suffix].filter(Boolean).join(' ');
  const emailList = withPrimary(emails);
  const displayName = fullName || nameFromN || organizations[0] || emailList[0]?.address || '';
  if (!displayName) return { ok: false, reason: 'no name: the card has no FN, N, ORG or EMAIL' };
  return {
    ok: true,
    contact: {
      displayName,
      givenName,
      familyName,
      nickname,
      emails: emailList,
      phones: withPrimary(phones),
      addresses,
      links,
      // A TITLE without an ORG has no organization to hang on, and Farley's roles need one.
      roles: organizations.map((organization, i) => ({ organization, title: titles[i] ?? '' })),
      about: notes.join('\n\n'),
      dates,
      tags: [...tags.values()],
      photo,
    },
  };
}

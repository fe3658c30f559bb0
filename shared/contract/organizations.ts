import { z } from 'zod';
import type { Organization, OrganizationSummary } from '../domain/organization';
import { defineCall } from './define';
import { entityId, requiredText, text } from './fields';
import { NAME_MAX, tagNameList } from './personPatch';

export const organizationId = entityId('organization');

/** `https://www.Initech.com/about` → `initech.com`; rejects what cannot be a domain. */
export const domainName = z
  .string({ error: 'Domain must be text' })
  .trim()
  .toLowerCase()
  .transform((v) =>
    v
      .replace(/^[a-z]+:\/\//, '')
      .replace(/[/?#].*$/, '')
      .replace(/^www\./, ''),
  )
  .pipe(
    z
      .string()
      .max(253, { error: 'Domain is too long' })
      .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
        error: 'Use a domain like initech.com',
      }),
  );

const domainList = z
  .array(domainName)
  .max(20, { error: 'At most 20 domains' })
  .transform((list) => [...new Set(list)]);

export const organizationPatch = z.strictObject({
  name: requiredText('Name', NAME_MAX).optional(),
  domains: domainList.optional(),
  industry: text('Industry', NAME_MAX).optional(),
  notes: text('Notes', 100_000).optional(),
  tags: tagNameList.optional(),
});

export const organizationCalls = {
  'organizations.list': defineCall(
    z.strictObject({ query: text('Search', NAME_MAX).optional() }),
    'Organizations by name',
  ).returns<OrganizationSummary[]>(),
  'organizations.get': defineCall(
    z.strictObject({ id: organizationId }),
    'One organization with its people',
  ).returns<Organization>(),
  'organizations.create': defineCall(
    z.strictObject({
      name: requiredText('Name', NAME_MAX),
      domains: domainList.default([]),
      industry: text('Industry', NAME_MAX).default(''),
      notes: text('Notes', 100_000).default(''),
    }),
    'Add an organization',
  ).returns<Organization>(),
  'organizations.update': defineCall(
    z.strictObject({ id: organizationId, patch: organizationPatch }),
    'Change an organization',
  ).returns<Organization>(),
};

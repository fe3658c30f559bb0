import type { Tag } from './tag';

export interface OrganizationMember {
  personId: string;
  displayName: string;
  title: string;
  startDate: string | null;
  endDate: string | null;
  current: boolean;
}

export interface Organization {
  id: string;
  name: string;
  domains: string[];
  industry: string;
  notes: string;
  tags: Tag[];
  members: OrganizationMember[];
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

export interface OrganizationSummary {
  id: string;
  name: string;
  domains: string[];
  industry: string;
  currentPeople: number;
  tags: Tag[];
}

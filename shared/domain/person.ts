export interface PersonEmail {
  address: string;
  label: string;
  primary: boolean;
}

export interface Person {
  id: string;
  displayName: string;
  emails: PersonEmail[];
  createdAt: string;
  updatedAt: string;
}

/** What a list row needs: no joins beyond the primary email. */
export interface PersonSummary {
  id: string;
  displayName: string;
  primaryEmail: string | null;
  updatedAt: string;
}

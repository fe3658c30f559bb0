export const SEARCH_KINDS = ['person', 'organization', 'interaction', 'followUp', 'draft'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  subtitle: string;
  /** Plain text around the match; the matched words are wrapped in [[ ]] for highlighting. */
  snippet: string;
}

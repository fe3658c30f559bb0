/**
 * Labels of emails, phones, addresses and links, both ways. A vCard says "work" with TYPE=WORK
 * (TYPE=CELL for a mobile), and Apple and Google put anything else in a grouped X-ABLabel
 * (`item1.EMAIL` + `item1.X-ABLabel`), wrapping their own built-in labels as `_$!<Work>!$_`.
 * Farley writes labels into TYPE only, so that every reader sees them.
 */

/** TYPE words that say what a value is used for, as Farley's forms name them. */
const TYPE_WORDS: Record<string, string> = {
  home: 'home',
  work: 'work',
  other: 'other',
  main: 'main',
  cell: 'mobile',
  mobile: 'mobile',
  iphone: 'iPhone',
  fax: 'fax',
  pager: 'pager',
};
/** The order known words are joined in, so TYPE=FAX,HOME and TYPE=HOME,FAX both read "home fax". */
const WORD_ORDER = ['home', 'work', 'other', 'main', 'mobile', 'iPhone', 'fax', 'pager'];

/** TYPE words that say nothing a label would: how to send, preference, address formats. */
const NOISE = new Set([
  'pref',
  'internet',
  'x400',
  'voice',
  'msg',
  'text',
  'dom',
  'intl',
  'postal',
  'parcel',
]);

/** Apple's built-in labels; any other wrapped one is shown as written inside the wrapper. */
const APPLE_LABELS: Record<string, string> = {
  Work: 'work',
  Home: 'home',
  Other: 'other',
  Main: 'main',
  Mobile: 'mobile',
  iPhone: 'iPhone',
  HomePage: 'homepage',
  HomeFAX: 'home fax',
  WorkFAX: 'work fax',
  OtherFAX: 'other fax',
  Pager: 'pager',
  Anniversary: 'anniversary',
};

export function appleLabel(raw: string): string {
  const wrapped = /^_\$!<(.*)>!\$_$/.exec(raw.trim());
  if (!wrapped) return raw.trim();
  const inner = wrapped[1] ?? '';
  return APPLE_LABELS[inner] ?? inner;
}

/**
 * The label TYPE values give: known words in Farley's names ("work", "mobile", "home fax"), or,
 * when the file has its own words ("twitter", a label with a comma), those words as written.
 */
export function labelFromTypes(types: string[]): string {
  const meaningful = types.filter((t) => !NOISE.has(t.trim().toLowerCase()));
  if (!meaningful.length) return '';
  const known = meaningful.map((t) => TYPE_WORDS[t.trim().toLowerCase()]);
  if (known.every((word): word is string => word !== undefined)) {
    return WORD_ORDER.filter((word) => known.includes(word)).join(' ');
  }
  return meaningful.join(',');
}

const WRITTEN_AS: Record<string, string> = {
  home: 'home',
  work: 'work',
  other: 'other',
  main: 'main',
  mobile: 'cell',
  iPhone: 'iphone',
  fax: 'fax',
  pager: 'pager',
};

/** The TYPE values that read back as this label: known words as such, anything else as itself. */
export function typesForLabel(label: string): string[] {
  if (!label) return [];
  const words = label.split(' ').map((word) => WRITTEN_AS[word]);
  if (words.every((word): word is string => word !== undefined)) {
    if (labelFromTypes(words) === label) return words;
  }
  return [label];
}

/**
 * Just enough YAML for front matter: scalars, lists of scalars, flat maps and lists of flat
 * maps. Hand-written because no YAML library is installed and front matter needs only this;
 * what matters is the quoting, so that a title such as `Re: "Q1" plan` or `yes` reads back as
 * the same text in every notes app.
 */
export type YamlScalar = string | number | boolean | null;
export type YamlFlatMap = Record<string, YamlScalar>;
export type YamlValue = YamlScalar | YamlScalar[] | YamlFlatMap | YamlFlatMap[];

// Our own dates and instants stay plain, so notes apps read them as dates, which they are.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
// Text that no YAML reader takes for anything but text: it starts with a letter (so `&`, `-` or
// `'` can only come later, where they mean nothing) and holds none of the characters that mean
// something anywhere (`:`, `#`, `"`, brackets, braces, `|`, `>`, `%`, `@`, `!`, `*`…).
const PLAIN = /^\p{L}[\p{L}\p{M}\p{N} ._/()'’&+,-]*$/u;
// YAML 1.1 readers (still common) take these for booleans or null.
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null)$/i;
// Characters a double-quoted YAML scalar must escape: control and line-separator characters.
// eslint-disable-next-line no-control-regex
const ESCAPE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff"\\]/g;

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\t': '\\t',
  '\r': '\\r',
};

function quoted(text: string): string {
  const escaped = text.replace(
    ESCAPE,
    (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `"${escaped}"`;
}

export function yamlScalar(value: YamlScalar): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('YAML front matter cannot hold NaN or Infinity');
    return String(value);
  }
  const plain =
    ISO_DATE.test(value) || (PLAIN.test(value) && !value.endsWith(' ') && !RESERVED.test(value));
  return plain ? value : quoted(value);
}

function isFlatMap(value: YamlScalar | YamlFlatMap): value is YamlFlatMap {
  return typeof value === 'object' && value !== null;
}

function mapLines(map: YamlFlatMap, firstPrefix: string, prefix: string): string[] {
  return Object.entries(map).map(
    ([key, v], i) => `${i === 0 ? firstPrefix : prefix}${key}: ${yamlScalar(v)}`,
  );
}

/** One `key: value` entry, spread over further lines for lists and maps. Keys are our own. */
function entryLines(key: string, value: YamlValue): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${key}: []`];
    return [
      `${key}:`,
      ...value.flatMap((item: YamlScalar | YamlFlatMap) =>
        isFlatMap(item)
          ? Object.keys(item).length === 0
            ? ['  - {}']
            : mapLines(item, '  - ', '    ')
          : [`  - ${yamlScalar(item)}`],
      ),
    ];
  }
  if (isFlatMap(value)) {
    if (Object.keys(value).length === 0) return [`${key}: {}`];
    return [`${key}:`, ...mapLines(value, '  ', '  ')];
  }
  return [`${key}: ${yamlScalar(value)}`];
}

/** A front matter block, `---` lines included, with the entries in the order given. */
export function frontMatter(entries: [string, YamlValue][]): string {
  return ['---', ...entries.flatMap(([key, value]) => entryLines(key, value)), '---', ''].join(
    '\n',
  );
}

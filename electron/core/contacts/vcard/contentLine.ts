/**
 * One vCard content line, `group.NAME;PARAM=value;BARE:value`, taken apart just enough to rewrite
 * what ical.js cannot read (bare 2.1 parameters, encoded values) and put back together. Parameter
 * values stay as written, quotes included; ical.js reads them afterwards.
 */
export interface ContentParam {
  /** Upper-case; '' for a bare 2.1 parameter such as the WORK in `TEL;WORK:`. */
  name: string;
  value: string;
}

export interface ContentLine {
  group: string;
  name: string;
  params: ContentParam[];
  value: string;
}

const NAME = /^(?:([A-Za-z0-9_-]+)\.)?([A-Za-z0-9_-]+)/;

const PARAM_NAME = /^[A-Za-z0-9_-]+$/;

/** Null for a parameter whose name is not a name (`X"Q=1`): ical.js would fail on it. */
function param(text: string): ContentParam | null {
  const equals = text.indexOf('=');
  if (equals === -1) return { name: '', value: text.trim() };
  const name = text.slice(0, equals).trim();
  return PARAM_NAME.test(name)
    ? { name: name.toUpperCase(), value: text.slice(equals + 1).trim() }
    : null;
}

/** Null when the line is not a property at all (no name, or no `:` before the value). */
export function parseContentLine(text: string): ContentLine | null {
  const name = NAME.exec(text);
  if (!name?.[2]) return null;
  const params: ContentParam[] = [];
  let current = '';
  let quoted = false;
  for (let index = name[0].length; index < text.length; index++) {
    const char = text.charAt(index);
    if (char === '"') quoted = !quoted;
    if (!quoted && (char === ';' || char === ':')) {
      if (current.trim()) {
        const parsed = param(current);
        if (!parsed) return null;
        params.push(parsed);
      }
      current = '';
      if (char === ':') {
        return { group: name[1] ?? '', name: name[2], params, value: text.slice(index + 1) };
      }
      continue;
    }
    // Anything but `;` or `:` right after the name (a space, a dot) means this is not a property.
    if (index === name[0].length) return null;
    current += char;
  }
  return null;
}

export function formatContentLine(line: ContentLine): string {
  const group = line.group ? `${line.group}.` : '';
  const params = line.params.map((p) => `;${p.name ? `${p.name}=` : ''}${p.value}`).join('');
  return `${group}${line.name}${params}:${line.value}`;
}

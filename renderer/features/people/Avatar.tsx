export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '?';
  const last = words.length > 1 ? (words.at(-1)?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** A stable hue per name so a face is recognisable in a long list before reading it. */
function hueOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % 360;
}

const HUE_CLASSES = 12;

interface Props {
  name: string;
  /** The person's photo on Farley's own origin; initials when there is none. */
  photoUrl?: string | null;
  size?: 'small' | 'large';
}

export function Avatar({ name, photoUrl, size = 'small' }: Props) {
  if (photoUrl) {
    return (
      <img
        className={`avatar photo ${size}`}
        src={photoUrl}
        alt=""
        aria-hidden="true"
        draggable={false}
        loading="lazy"
        decoding="async"
      />
    );
  }
  const hueClass = `hue-${Math.floor(hueOf(name) / (360 / HUE_CLASSES))}`;
  return (
    <span className={`avatar ${size} ${hueClass}`} aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}

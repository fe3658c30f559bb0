const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/** How a shortcut reads on this platform: ⌘K on a Mac, Ctrl+K elsewhere. */
export function shortcut(key: string, { shift = false } = {}): string {
  if (isMac) return `${shift ? '⇧' : ''}⌘${key}`;
  return `Ctrl+${shift ? 'Shift+' : ''}${key}`;
}

/** The platform's command modifier is down (⌘ on a Mac, Ctrl elsewhere). */
export function hasCommandKey(event: { metaKey: boolean; ctrlKey: boolean }): boolean {
  return isMac ? event.metaKey : event.ctrlKey;
}

/** Keys typed here are text, not shortcuts. */
export function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || Boolean(target.closest('input, textarea, select')))
  );
}

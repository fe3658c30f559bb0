/** Text edits and caret geometry for the note textarea (DOM only, no React). */

const MIRRORED = [
  'box-sizing',
  'width',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-style',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'font-style',
  'font-variant',
  'font-weight',
  'font-stretch',
  'font-size',
  'line-height',
  'font-family',
  'text-align',
  'text-transform',
  'text-indent',
  'letter-spacing',
  'word-spacing',
  'tab-size',
];

/**
 * Where character `position` sits inside the textarea, relative to its top-left corner and
 * after scrolling: measured on an invisible copy laid out the same way.
 */
export function caretPoint(
  textarea: HTMLTextAreaElement,
  position: number,
): { top: number; left: number; height: number } {
  const computed = getComputedStyle(textarea);
  const mirror = document.createElement('div');
  const style = mirror.style;
  for (const property of MIRRORED) {
    style.setProperty(property, computed.getPropertyValue(property));
  }
  style.setProperty('position', 'absolute');
  style.setProperty('visibility', 'hidden');
  style.setProperty('top', '0');
  style.setProperty('left', '-10000px');
  style.setProperty('white-space', 'pre-wrap');
  style.setProperty('overflow-wrap', 'break-word');
  style.setProperty('overflow', 'hidden');
  mirror.textContent = textarea.value.slice(0, position);
  const marker = document.createElement('span');
  marker.textContent = textarea.value.slice(position, position + 1) || '.';
  mirror.appendChild(marker);
  document.body.appendChild(mirror);
  const lineHeight = parseFloat(computed.lineHeight) || parseFloat(computed.fontSize) * 1.5 || 20;
  const point = {
    top: marker.offsetTop - textarea.scrollTop,
    left: marker.offsetLeft - textarea.scrollLeft,
    height: lineHeight,
  };
  mirror.remove();
  return point;
}

/**
 * Replaces `start`–`end` with `text` as if typed: the browser's undo history keeps it and React
 * hears an input event. Falls back to setting the value when the browser refuses.
 */
export function replaceRange(
  textarea: HTMLTextAreaElement,
  start: number,
  end: number,
  text: string,
  onFallback: (value: string, caret: number) => void,
): void {
  const before = textarea.value;
  const expected = before.slice(0, start) + text + before.slice(end);
  textarea.focus();
  textarea.setSelectionRange(start, end);
  let inserted = false;
  try {
    // Deprecated but still the only way to edit a textarea and keep Ctrl+Z working.
    inserted = document.execCommand('insertText', false, text);
  } catch {
    inserted = false;
  }
  if (!inserted || textarea.value !== expected) onFallback(expected, start + text.length);
}

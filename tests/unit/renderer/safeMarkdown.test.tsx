import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SafeMarkdown } from '../../../renderer/features/person/sections/SafeMarkdown';

const render = (text: string, onOpenPerson?: (id: string) => void) =>
  renderToStaticMarkup(<SafeMarkdown text={text} onOpenPerson={onOpenPerson} />);

const ADA = '0b7e3c1a-5d2f-4e8a-9c61-2f4d8b7a1e93';
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

describe('SafeMarkdown', () => {
  it('renders ordinary Markdown', () => {
    const html = render('Met **Ada** for *tea*.\n\n- first\n- second\n\n> quoted\n\n`code`');
    expect(html).toContain('<strong>Ada</strong>');
    expect(html).toContain('<em>tea</em>');
    expect(html).toContain('<ul>');
    expect(html).toContain('<li>second</li>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<code>code</code>');
  });

  it('drops raw HTML: scripts, iframes, styles and event attributes', () => {
    const html = render(
      [
        'Before',
        '',
        '<script>alert("owned")</script>',
        '',
        '<iframe src="https://evil.example/"></iframe>',
        '',
        'Inline <b onclick="alert(1)">bold</b> and <img src=x onerror="alert(2)">.',
        '',
        '<style>body { display: none }</style>',
        '',
        'After',
      ].join('\n'),
    );
    expect(html).not.toMatch(/<script|<iframe|<style|<b[\s>]/i);
    expect(html).not.toMatch(/\bon(click|error)=/i);
    expect(html).not.toContain('alert("owned")');
    expect(html).not.toContain('evil.example');
    expect(html).toContain('<p>Before</p>');
    expect(html).toContain('<p>After</p>');
    expect(html).toContain('Inline bold and .');
  });

  it('never loads a remote image, whether written as HTML or as Markdown', () => {
    const html = render(
      [
        '<img src="https://tracker.example/pixel.gif">',
        '',
        '![portrait](https://tracker.example/portrait.jpg)',
        '',
        '![](http://tracker.example/anonymous.png)',
        '',
        '![protocol-relative](//tracker.example/x.png)',
      ].join('\n'),
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('tracker.example');
    expect(html).toContain('[portrait]');
    expect(html).toContain('[protocol-relative]');
  });

  it('shows an image embedded in the note', () => {
    const html = render(`![dot](${PIXEL})`);
    expect(html).toContain(`<img src="${PIXEL}" alt="dot" class="md-image"/>`);
  });

  it('opens web links outside the app and refuses script links', () => {
    const html = render(
      '[site](https://example.com/a?b=1) [mail](mailto:ada@example.com) [bad](javascript:alert(1)) [local](/etc/passwd)',
    );
    expect(html).toContain(
      '<a href="https://example.com/a?b=1" target="_blank" rel="noreferrer noopener">site</a>',
    );
    expect(html).toContain(
      '<a href="mailto:ada@example.com" target="_blank" rel="noreferrer noopener">mail</a>',
    );
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('/etc/passwd');
    expect(html).toContain('<span>bad</span>');
  });

  it('shows mentions as names, or as buttons when it can open the person', () => {
    const text = `Lunch with @[Ada Lovelace](person:${ADA}) and @Grace.`;
    expect(render(text)).toContain('<span class="mention">@Ada Lovelace</span> and @Grace.');
    const linked = render(text, () => undefined);
    expect(linked).toContain(
      '<button type="button" class="link-button mention">@Ada Lovelace</button>',
    );
    expect(linked).not.toContain('person:');
  });

  it('keeps headings below the page’s own', () => {
    const html = renderToStaticMarkup(
      <SafeMarkdown text={'# Agenda\n\n## Later'} headingLevel={4} />,
    );
    expect(html).toContain('<h4>Agenda</h4>');
    expect(html).toContain('<h5>Later</h5>');
  });
});

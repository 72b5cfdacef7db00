import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HARMLESS_SENTENCE, XSS_CORPUS, XSS_VECTORS } from '../../tests/fixtures/xss-vectors.js';
import { renderInlineMarkdown, renderMarkdown } from './render.js';
import { isSafeLinkUrl } from './safe-link.js';

/** Elements markdown-it may produce with this configuration (headings shifted to h3–h6). */
const PRODUCED_TAGS = new Set(['p', 'br', 'em', 'strong', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'del']);
/** Attributes it may produce: links, list starts, cell alignment, the code block's language. */
const PRODUCED_ATTRIBUTES = new Set(['href', 'title', 'start', 'style', 'class']);

interface Tag {
  name: string;
  attributes: Array<[string, string]>;
}

const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The tags in markdown-it's output (its text has every `<` escaped, so each `<` starts a tag). */
function tagsIn(html: string): Tag[] {
  return [...html.matchAll(/<\/?([a-zA-Z0-9]+)([^>]*)>/g)].map((match) => ({
    name: (match[1] ?? '').toLowerCase(),
    attributes: [...(match[2] ?? '').matchAll(/([^\s=]+)="([^"]*)"/g)].map((attribute): [string, string] => [attribute[1] ?? '', decode(attribute[2] ?? '')]),
  }));
}

/** The text a reader sees: tags removed, entities decoded. */
const textOf = (html: string) => decode(html.replace(/<[^>]*>/g, ''));

/** A vector with its encodings undone (entities, JavaScript escapes, base64), to find its payload. */
function revealed(source: string): string {
  const base64 = [...source.matchAll(/[A-Za-z0-9+/]{12,}={0,2}/g)].map((match) => Buffer.from(match[0], 'base64').toString('utf8'));
  const decoded = source
    .replace(/&#x([0-9a-f]+);?/gi, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_match, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/\\u([0-9a-f]{4})/gi, (_match, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
  return [decoded, ...base64].join('\n');
}

function expectOnlySafeMarkup(html: string): void {
  for (const tag of tagsIn(html)) {
    expect(PRODUCED_TAGS, `element <${tag.name}> in ${html}`).toContain(tag.name);
    for (const [name, value] of tag.attributes) {
      expect(PRODUCED_ATTRIBUTES, `attribute ${name} in ${html}`).toContain(name);
      if (name === 'href') expect(isSafeLinkUrl(value), `href ${value}`).toBe(true);
      if (name === 'style') expect(value).toMatch(/^text-align:(left|right|center)$/);
      if (name === 'class') expect(value).toMatch(/^language-[^\s"<>]*$/);
    }
  }
  expect(html).not.toMatch(/<(script|img|iframe|svg|math|object|embed|style|base|meta|form|input|link)\b/i);
}

describe('renderMarkdown', () => {
  it('renders the Markdown a report text uses', () => {
    const html = renderMarkdown('Ett *viktigt* och **tydligt** mål, ~~gammalt~~ `kod`.\n\n- ett\n- två\n\n1. först\n2. sedan\n\n> citat\n\n---');
    expect(html).toContain('<p>Ett <em>viktigt</em> och <strong>tydligt</strong> mål, <del>gammalt</del> <code>kod</code>.</p>');
    expect(html).toContain('<ul>\n<li>ett</li>\n<li>två</li>\n</ul>');
    expect(html).toContain('<ol>\n<li>först</li>\n<li>sedan</li>\n</ol>');
    expect(html).toContain('<blockquote>\n<p>citat</p>\n</blockquote>');
    expect(html).toContain('<hr>');
  });

  it('keeps line breaks inside a paragraph', () => {
    expect(renderMarkdown('rad ett\nrad två')).toBe('<p>rad ett<br>\nrad två</p>\n');
  });

  it("keeps a fenced block's language name, and drops an info string that is not one", () => {
    expect(renderMarkdown('```ts\nkod\n```')).toBe('<pre><code class="language-ts">kod\n</code></pre>\n');
    expect(renderMarkdown('~~~<\nkod\n~~~')).toBe('<pre><code>kod\n</code></pre>\n');
    expect(renderMarkdown('```"x\nkod\n```')).toBe('<pre><code>kod\n</code></pre>\n');
  });

  it('renders tables and fenced code', () => {
    const html = renderMarkdown('| Område | Poäng |\n| --- | ---: |\n| 1 | 72 |\n\n```\nkod\n```');
    expect(html).toContain('<th>Område</th>');
    expect(html).toContain('<td style="text-align:right">72</td>');
    expect(html).toContain('<pre><code>kod\n</code></pre>');
  });

  it('shifts headings so they sit below the page heading and its sections (h3 to h6)', () => {
    expect(renderMarkdown('# Ett')).toBe('<h3>Ett</h3>\n');
    expect(renderMarkdown('## Två')).toBe('<h4>Två</h4>\n');
    expect(renderMarkdown('### Tre')).toBe('<h5>Tre</h5>\n');
    expect(renderMarkdown('#### Fyra\n\n###### Sex')).toBe('<h6>Fyra</h6>\n<h6>Sex</h6>\n');
  });

  it('escapes raw HTML instead of passing it through', () => {
    expect(renderMarkdown('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
    expect(renderMarkdown('<img src=x onerror=alert(1)>')).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>\n');
    expect(renderMarkdown('<div>\n\n*x*\n\n</div>')).toBe('<p>&lt;div&gt;</p>\n<p><em>x</em></p>\n<p>&lt;/div&gt;</p>\n');
  });

  it('does not turn bare addresses into links, nor quotes into typographic ones', () => {
    expect(renderMarkdown('Se www.example.org och https://example.org')).toBe('<p>Se www.example.org och https://example.org</p>\n');
    expect(renderMarkdown('"citat" -- (c)')).toBe('<p>&quot;citat&quot; -- (c)</p>\n');
  });

  it('renders links to http, https, mailto and relative or fragment targets', () => {
    expect(renderMarkdown('[a](https://example.org/x?y=1 "Titel")')).toBe('<p><a href="https://example.org/x?y=1" title="Titel">a</a></p>\n');
    expect(renderMarkdown('[a](http://example.org)')).toContain('<a href="http://example.org">');
    expect(renderMarkdown('[a](mailto:someone@example.org)')).toContain('<a href="mailto:someone@example.org">');
    expect(renderMarkdown('[a](/kommuner/se-2284)')).toContain('<a href="/kommuner/se-2284">');
    expect(renderMarkdown('[a](../ramverk)')).toContain('<a href="../ramverk">');
    expect(renderMarkdown('[a](#omrade-3)')).toContain('<a href="#omrade-3">');
    expect(renderMarkdown('[a](?q=leksand)')).toContain('<a href="?q=leksand">');
    expect(renderMarkdown('<https://example.org>')).toContain('<a href="https://example.org">https://example.org</a>');
    expect(renderMarkdown('[a][r]\n\n[r]: https://example.org')).toContain('<a href="https://example.org">a</a>');
  });

  const refused = [
    '[a](javascript:alert(1))',
    '[a](JAVASCRIPT:alert(1))',
    '[a](JaVaScRiPt:alert(1))',
    '[a](javascript&#58;alert(1))',
    '[a](javascript&colon;alert(1))',
    '[a](&#x6A;avascript:alert(1))',
    '[a](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))',
    '[a](java&#x09;script:alert(1))',
    '[a](java&#x0A;script:alert(1))',
    '[a](java&#x200B;script:alert(1))',
    '[a](<java script:alert(1)>)',
    '[a](%6A%61%76%61%73%63%72%69%70%74:alert(1))',
    '[a](javascript%3Aalert(1))',
    '[a](vbscript:msgbox(1))',
    '[a](VBScript:msgbox(1))',
    '[a](data:text/html;base64,PHNjcmlwdD4=)',
    '[a](data:image/png;base64,iVBORw0KGgo=)',
    '[a](DATA:text/html,x)',
    '[a](file:///etc/passwd)',
    '[a](ftp://example.org)',
    '[a](tel:+46123)',
    '<javascript:alert(1)>',
    '<vbscript:msgbox(1)>',
    '<data:text/html,x>',
    '<file:///etc/passwd>',
    '[a][r]\n\n[r]: javascript:alert(1)',
    '[a][r]\n\n[r]: <JaVaScRiPt:alert(1)>',
    '[a][r]\n\n[r]: &#x6A;avascript:alert(1)',
  ];
  it.each(refused)('refuses the link in %j', (source) => {
    const html = renderMarkdown(source);
    expect(html).not.toContain('<a');
    expect(html).not.toMatch(/href/i);
  });

  it('never renders images: their alt text is shown instead', () => {
    expect(renderMarkdown('![Ett *diagram*](https://example.org/bild.png "Titel")')).toBe('<p>Ett diagram</p>\n');
    expect(renderMarkdown('![<b>fet</b>](x.png)')).toBe('<p>&lt;b&gt;fet&lt;/b&gt;</p>\n');
    expect(renderMarkdown('![x" onerror="alert(1)](x.png)')).toBe('<p>x&quot; onerror=&quot;alert(1)</p>\n');
    expect(renderMarkdown('[![alt](x.png)](https://example.org)')).toBe('<p><a href="https://example.org">alt</a></p>\n');
  });
});

describe('renderInlineMarkdown', () => {
  it('renders a short text without a paragraph around it', () => {
    expect(renderInlineMarkdown('En *tydlig* [plan](https://example.org)')).toBe('En <em>tydlig</em> <a href="https://example.org">plan</a>');
  });

  it('escapes HTML and refuses unsafe links there too', () => {
    expect(renderInlineMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(renderInlineMarkdown('[a](javascript:alert(1))')).toBe('[a](javascript:alert(1))');
    expect(renderInlineMarkdown('![alt](x.png)')).toBe('alt');
  });
});

describe('isSafeLinkUrl', () => {
  it.each(['https://example.org', 'HTTP://example.org', 'mailto:a@example.org', '/kommuner', 'kommuner/2284', './x', '#a:b', '?a=b:c', '//example.org', '/a:b', ''])(
    'accepts %j',
    (url) => expect(isSafeLinkUrl(url)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u00adscript:alert(1)',
    'java\u200bscript:alert(1)',
    '\ufeffjavascript:alert(1)',
    'java%09script:alert(1)',
    'java%2509script:alert(1)',
    '%6a%61%76%61%73%63%72%69%70%74:alert(1)',
    'javascript\\:alert(1)',
    'vbscript:x',
    'data:text/html,x',
    'file:///etc/passwd',
    'blob:https://example.org/x',
    'intent://x',
  ])('refuses %j', (url) => expect(isSafeLinkUrl(url)).toBe(false));
});

describe('the XSS corpus', () => {
  it('has many vectors, each calling __xss with its own id', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(60);
    for (const vector of XSS_VECTORS) expect(revealed(vector.source), vector.name).toContain(`__xss(${vector.id})`);
    expect(new Set(XSS_VECTORS.map((vector) => vector.id)).size).toBe(XSS_VECTORS.length);
  });

  it.each(XSS_VECTORS.map((vector) => [vector.id, vector.name, vector.source] as const))('renders vector %i (%s) as harmless markup', (_id, _name, source) => {
    expectOnlySafeMarkup(renderMarkdown(source));
    expectOnlySafeMarkup(renderInlineMarkdown(source));
  });

  it('keeps the text around the vectors, and shows the vectors as text', () => {
    const html = renderMarkdown(XSS_CORPUS);
    expectOnlySafeMarkup(html);
    const text = textOf(html);
    expect(text.startsWith(HARMLESS_SENTENCE)).toBe(true);
    expect(text.trimEnd().endsWith(HARMLESS_SENTENCE)).toBe(true);
    expect(text).toContain('<img src=x onerror=__xss(14)>');
    expect(text).toContain('[md link](javascript:__xss(78))');
  });
});

describe('any input', () => {
  const markdownish = fc.string({ unit: fc.constantFrom('<', '>', '[', ']', '(', ')', '!', ':', '&', '#', ';', '"', "'", '`', '*', '_', '~', '|', '-', '\n', ' ', '\t', 'a', 'j', 'javascript', 'data', 'script', 'img', 'onerror=', 'x', '%0a', '&#58;', '&colon;', 'http') });

  it('renders only the expected elements and attributes, with safe links', () => {
    fc.assert(
      fc.property(markdownish, (source) => {
        expectOnlySafeMarkup(renderMarkdown(source));
        expectOnlySafeMarkup(renderInlineMarkdown(source));
      }),
      { numRuns: 500 },
    );
  });
});

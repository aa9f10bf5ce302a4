import { Html, html, joinHtml, lineBreaks, safeHref, trusted, type HtmlValue } from '../../../src/domain/html';

const EVIL = `<img src=x onerror=alert(1)>"'&`;

describe('html`…`', () => {
  it('escapes every interpolated string and number (& < > " \')', () => {
    expect(String(html`<p>${EVIL}</p>`)).toBe('<p>&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;</p>');
    expect(String(html`<td>${3}</td><td>${0}</td>`)).toBe('<td>3</td><td>0</td>');
    // What an entity already says is escaped again: the text shows "&amp;" as typed.
    expect(String(html`${'&amp;'}`)).toBe('&amp;amp;');
  });

  it('keeps the template itself as written, line breaks included', () => {
    expect(String(html`\n<p lang="en">Hi</p>`)).toBe('\n<p lang="en">Hi</p>');
  });

  it('inserts Html as it is, so fragments nest without double escaping', () => {
    const item = html`<li>${'a < b'}</li>`;
    const list = html`<ul>${item}</ul>`;
    expect(String(html`<div>${list}</div>`)).toBe('<div><ul><li>a &lt; b</li></ul></div>');
  });

  it('joins arrays (Html as is, text escaped, nested arrays flattened)', () => {
    const items: HtmlValue[] = [html`<li>1</li>`, '<li>2</li>', [html`<li>3</li>`, 4]];
    expect(String(html`<ul>${items}</ul>`)).toBe('<ul><li>1</li>&lt;li&gt;2&lt;/li&gt;<li>3</li>4</ul>');
    expect(String(html`<ul>${[]}</ul>`)).toBe('<ul></ul>');
  });

  it('renders nothing for null, undefined and false, so `cond && html`…`` reads as it should', () => {
    const none: string | undefined = undefined;
    const [empty, shown] = ['', 'x'];
    expect(String(html`<p>${null}${none}${false}${empty && html`<b>${empty}</b>`}</p>`)).toBe('<p></p>');
    expect(String(html`${shown && html`<b>${shown}</b>`}`)).toBe('<b>x</b>');
  });

  it('keeps attribute values inside their quotes: a quote in the value cannot start a new attribute', () => {
    const title = '" onmouseover="alert(1)';
    expect(String(html`<span title="${title}">x</span>`)).toBe('<span title="&quot; onmouseover=&quot;alert(1)">x</span>');
    expect(String(html`<span title='${"' onfocus='alert(1)"}'>x</span>`)).toBe("<span title='&#39; onfocus=&#39;alert(1)'>x</span>");
    expect(String(html`<a href="https://x.example/?q=${'"><script>alert(1)</script>'}">x</a>`)).toBe(
      '<a href="https://x.example/?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">x</a>',
    );
  });

  it('refuses a template with an unquoted attribute value, where escaping cannot keep the value in', () => {
    const value = 'x onmouseover=alert(1)';
    expect(() => html`<span title=${value}>x</span>`).toThrow(/quote the attribute value/);
    // Text with an equals sign outside a tag is fine.
    expect(String(html`<p>a = ${'b'}</p>`)).toBe('<p>a = b</p>');
  });

  it('writes a link target only when it is http(s) or mailto: — javascript:, data: and the like render empty', () => {
    expect(String(html`<a href="${'https://sp.example/a b?x=1&y=2'}">d</a>`)).toBe('<a href="https://sp.example/a b?x=1&amp;y=2">d</a>');
    expect(String(html`<a href="${'mailto:ksg@x.example?subject=Hej'}">m</a>`)).toBe('<a href="mailto:ksg@x.example?subject=Hej">m</a>');
    for (const evil of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '//evil.example',
      'relative/path',
    ]) {
      expect(String(html`<a href="${evil}">x</a>`)).toBe('<a href="">x</a>');
      expect(String(html`<img src='${evil}'>`)).toBe("<img src=''>");
    }
    // Only the start of the target is checked: a value after a fixed scheme is escaped text of that URL.
    expect(String(html`<a href="mailto:${'javascript:x'}">x</a>`)).toBe('<a href="mailto:javascript:x">x</a>');
  });

  it('is not a string: Html is made by html`…` or trusted(), and turns into its markup where a body is built', () => {
    const h = html`<p>${'x'}</p>`;
    expect(h).toBeInstanceOf(Html);
    expect(typeof h).toBe('object');
    expect(h.toString()).toBe('<p>x</p>');
    expect(`${h}`).toBe('<p>x</p>');
    expect(JSON.stringify({ content: h })).toBe('{"content":"<p>x</p>"}');
    // @ts-expect-error: the constructor's token is private to html.ts, and a string is not Html.
    expect(() => new Html(Symbol('Html'), '<b>forged</b>')).toThrow(TypeError);
    // @ts-expect-error: a plain string does not pass where Html is expected.
    const notHtml: Html = '<p>x</p>';
    expect(notHtml).toBe('<p>x</p>');
  });
});

describe('trusted()', () => {
  it('is the one way markup goes in unescaped', () => {
    expect(String(html`<div>${trusted('<b>ours</b>')}</div>`)).toBe('<div><b>ours</b></div>');
    expect(String(html`<div>${'<b>theirs</b>'}</div>`)).toBe('<div>&lt;b&gt;theirs&lt;/b&gt;</div>');
  });
});

describe('joinHtml and lineBreaks', () => {
  it('joins with a separator as Array#join does (empty parts keep theirs), escaping text parts and the separator', () => {
    expect(String(joinHtml([html`<p>a</p>`, '', 'b&c'], '\n'))).toBe('<p>a</p>\n\nb&amp;c');
    expect(String(joinHtml(['x', 'y'], html`<br>`))).toBe('x<br>y');
    expect(String(joinHtml(['x', 'y'], '<br>'))).toBe('x&lt;br&gt;y');
  });

  it('keeps line breaks as <br> with each line escaped; the break can be \\n only', () => {
    expect(String(lineBreaks('a<b\r\nc&d\ne'))).toBe('a&lt;b<br>c&amp;d<br>e');
    expect(String(lineBreaks('a\r\nb', /\n/))).toBe('a\r<br>b');
  });
});

describe('safeHref', () => {
  it('answers http(s) links as the URL parser writes them and nothing else', () => {
    expect(safeHref('https://sp.example/a b')).toBe('https://sp.example/a%20b');
    expect(safeHref('http://x.example')).toBe('http://x.example/');
    for (const bad of [undefined, '', 'javascript:alert(1)', 'mailto:x@y', 'data:,x', 'not a url']) expect(safeHref(bad)).toBeUndefined();
  });
});

import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { escapeHtml, inlineScript, inlineStyle, renderIndexHtml, renderReferenceHtml } from './html';

/** The text of every `<script>` element as an HTML parser would cut it (the first `</script` ends it). */
function scripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script/gi)].map((m) => m[1] as string);
}

describe('renderReferenceHtml', () => {
  const document = {
    openapi: '3.0.3',
    info: { title: 'Shop </script><script>alert(1)</script>', version: '1' },
    paths: {},
  };
  const html = renderReferenceHtml('Shop <API>', '1.2.0', document);

  it('inlines Swagger UI and the schema, loading nothing from elsewhere', () => {
    expect(html).toContain('SwaggerUIBundle');
    expect(html).toContain('.swagger-ui');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import/);
    expect(html).toContain('validatorUrl: null');
    expect(html.length).toBeGreaterThan(1_000_000);
  });

  it('keeps the schema intact and unable to end its script element', () => {
    const [json] = scripts(html);
    expect(JSON.parse(json as string)).toEqual(document);
    expect(html).toContain('<title>Shop &lt;API&gt; 1.2.0</title>');
  });

  it('ends each script element where it should, each one valid JavaScript', () => {
    const [, bundle, boot] = scripts(html);
    expect(() => new vm.Script(bundle as string)).not.toThrow();
    expect(() => new vm.Script(boot as string)).not.toThrow();
    expect(bundle).not.toMatch(/<!--|<\/script/i);
  });
});

describe('inlineScript and inlineStyle', () => {
  it('keeps what strings and regular expressions mean', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source with a template literal in it.
    const js = 'var a = "</script>"; var b = /<!--/.test("<!--"); var c = `</SCRIPT ${1}`; [a, b, c]';
    const safe = inlineScript(js);
    expect(safe).not.toMatch(/<!--|<\/script/i);
    expect(vm.runInNewContext(safe)).toEqual(vm.runInNewContext(js));
  });

  it('escapes a closing style tag in CSS', () => {
    expect(inlineStyle('a::after { content: "</style>"; }')).toBe('a::after { content: "\\3C /style>"; }');
  });
});

describe('renderIndexHtml', () => {
  it('lists the versions with links, marking latest, with names escaped', () => {
    const html = renderIndexHtml({
      title: 'A&B',
      latest: '2.0.0',
      versions: [
        { version: '2.0.0', sha256: 'f'.repeat(64), date: '2025-02-01T10:00:00Z', url: '2.0.0/index.html' },
        {
          version: '1.0.0+build',
          sha256: 'e'.repeat(64),
          date: '2025-01-01T10:00:00Z',
          url: '1.0.0+build/index.html',
        },
      ],
    });
    expect(html).toContain('<h1>A&amp;B</h1>');
    expect(html).toContain('<a href="latest/index.html">2.0.0</a>');
    expect(html).toContain(
      '<a href="2.0.0/index.html">2.0.0</a> <strong>(latest)</strong></td><td>2025-02-01</td>',
    );
    expect(html).toContain('<a href="1.0.0%2Bbuild/schema.yml">YAML</a>');
    expect(escapeHtml(`<a href='x'>`)).toBe('&lt;a href=&#39;x&#39;&gt;');
  });
});

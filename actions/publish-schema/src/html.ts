/**
 * The HTML pages of the site: a one-file API reference per version (Swagger UI from the
 * `swagger-ui-dist` package, its script, its styles and the schema inlined, so nothing is loaded
 * from a CDN or anywhere else when it is viewed), and the list of versions.
 */
import { readFileSync } from 'node:fs';
import type { SiteIndex } from './site';

let assets: { script: string; style: string } | undefined;

/**
 * Swagger UI's standalone bundle and styles. The literal `new URL(...)` paths let ncc find the
 * files and copy them beside the bundle, where the same expressions find them at run time.
 */
function swaggerUi(): { script: string; style: string } {
  assets ??= {
    script: readFileSync(
      new URL('../node_modules/swagger-ui-dist/swagger-ui-bundle.js', import.meta.url),
      'utf8',
    ),
    style: readFileSync(new URL('../node_modules/swagger-ui-dist/swagger-ui.css', import.meta.url), 'utf8'),
  };
  return assets;
}

/** The reference page of one version: Swagger UI rendering `document`, with no network access needed. */
export function renderReferenceHtml(title: string, version: string, document: unknown): string {
  const { script, style } = swaggerUi();
  // JSON in a non-executed script element: `<` is escaped so no `</script>` can end it early.
  const spec = JSON.stringify(document).replace(/</g, '\\u003c');
  const boot = `window.addEventListener('load', function () {
  var spec = JSON.parse(document.getElementById('openapi-document').textContent);
  window.ui = SwaggerUIBundle({
    spec: spec,
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout'
  });
});`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${title} ${version}`)}</title>
<style>${inlineStyle(style)}</style>
<style>body { margin: 0; } .maint-header { font-family: sans-serif; padding: 12px 20px; background: #1b1b1b; color: #fff; } .maint-header a { color: #9cf; }</style>
</head>
<body>
<header class="maint-header">${escapeHtml(title)} ${escapeHtml(version)} &middot; <a href="../index.html">all versions</a> &middot; <a href="schema.yml">schema.yml</a> &middot; <a href="schema.json">schema.json</a></header>
<div id="swagger-ui"></div>
<script type="application/json" id="openapi-document">${spec}</script>
<script>${inlineScript(script)}</script>
<script>${boot}</script>
</body>
</html>
`;
}

/** The list of versions, highest first, with links to each version's reference and files. */
export function renderIndexHtml(index: SiteIndex): string {
  const rows = index.versions.map((entry) => {
    const dir = encodeURIComponent(entry.version);
    const badge = entry.version === index.latest ? ' <strong>(latest)</strong>' : '';
    return `<tr><td><a href="${dir}/index.html">${escapeHtml(entry.version)}</a>${badge}</td><td>${escapeHtml(entry.date.slice(0, 10))}</td><td><a href="${dir}/schema.yml">YAML</a> <a href="${dir}/schema.json">JSON</a></td><td><code>${escapeHtml(entry.sha256.slice(0, 12))}</code></td></tr>`;
  });
  const title = escapeHtml(index.title);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}: API schema versions</title>
<style>body { font-family: sans-serif; margin: 2em; } table { border-collapse: collapse; } td, th { padding: 4px 12px; text-align: left; border-bottom: 1px solid #ddd; }</style>
</head>
<body>
<h1>${title}</h1>
<p>${index.latest ? `Latest: <a href="latest/index.html">${escapeHtml(index.latest)}</a> &middot; ` : ''}<a href="index.json">index.json</a></p>
<table>
<thead><tr><th>Version</th><th>Published</th><th>Schema</th><th>SHA-256</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * JavaScript made safe inside a `<script>` element: `</script` would end the element and `<!--`
 * would change how the HTML parser reads it. Both only occur in string, template or regular
 * expression literals (or comments), where `\x3C` means the same `<`.
 */
export function inlineScript(js: string): string {
  return js.replace(/<(?=\/script|!--)/gi, '\\x3C');
}

/** CSS made safe inside a `<style>` element (`\3C ` is `<` in CSS). */
export function inlineStyle(css: string): string {
  return css.replace(/<(?=\/style)/gi, '\\3C ');
}

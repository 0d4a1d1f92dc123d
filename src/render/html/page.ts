import { createRequire } from 'node:module';
import { CLIENT_SCRIPT } from './client.js';
import type { ReportData } from './model.js';
import { STYLE } from './style.js';

/**
 * JSON that is safe inside <script type="application/json">: no `<` (so no `</script>` or `<!--`), no
 * `>` or `&`, and U+2028/2029 escaped. JSON.stringify already writes lone surrogates as \udXXX escapes,
 * so the file is valid UTF-8 whatever the input held.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// node:crypto loads only when a page is rendered: the renderer registry is on the path of `extract --version`
function sha256(text: string): string {
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

// No article text is written into the markup: the page builds every node from the JSON with textContent.
// The Content-Security-Policy allows only this page's own style and script (by hash) and no network at
// all, so even a mistake in escaping could neither run an injected script nor fetch anything.
export function renderPage(data: ReportData): string {
  const csp = [
    "default-src 'none'",
    `style-src ${sha256(STYLE)}`,
    `script-src ${sha256(CLIENT_SCRIPT)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="extract">
<title>extract report</title>
<style>${STYLE}</style>
</head>
<body>
<div id="app" aria-live="polite"><noscript>This report needs JavaScript to show the articles.</noscript></div>
<div id="tip" role="tooltip" hidden></div>
<script type="application/json" id="extract-data">${scriptSafeJson(data)}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}

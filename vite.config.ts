import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

// The production page's Content Security Policy: nothing but the game's own files. Phaser needs
// data: and blob: images (its default textures; SVGs decoded from blobs); Howler may probe with a
// data: sound. The dev server injects inline code, so the policy goes into the build only.
// No Trusted Types requirement: Phaser's SVG loader parses each file with DOMParser, which the
// requirement blocks. The game's own code never assigns HTML strings (see ui/dom.ts).
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

/** Two pages from one build: the game, and the teacher page beside it (not when another root, such as the bench's baseline page, borrows this config). */
function teacherPage(): Plugin {
  const projectRoot = fileURLToPath(new URL('.', import.meta.url));
  return {
    name: 'teacher-page',
    apply: 'build',
    config: (config) =>
      resolve(config.root ?? projectRoot) === resolve(projectRoot)
        ? { build: { rollupOptions: { input: { main: resolve(projectRoot, 'index.html'), teacher: resolve(projectRoot, 'teacher.html') } } } }
        : {},
  };
}

export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy(), teacherPage()],
  build: {
    target: 'es2022',
    // Art and sound stay files of their own (never data: URIs), so the policy and caching work.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
  },
  server: { host: '127.0.0.1' },
});

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

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

/**
 * Offline after one visit: a service worker (Workbox, generated at build) precaches both pages, every
 * chunk (the level files are chunks: content/catalogue.ts imports them raw), the art and the sound.
 * 'prompt': a new version waits until the player says "Update now" on the title or the level list
 * (platform/offline.ts registers it; main.ts asks), never mid-level. Saves live in localStorage,
 * which the worker never touches. No web app manifest: the game is not installed, only cached.
 */
function offline(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,png,webp,json,webm,mp3,ogg,woff2}'],
      // Every file the game ships is far below this; a bigger one fails the build instead of going uncached.
      maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      // The game's parameters (?lang=, ?level=, ?levels=, ?renderer=...) are read by the page, never the server.
      ignoreURLParametersMatching: [/.*/],
      // Only the two pages exist: an unknown address is not answered with the game.
      navigateFallback: null,
      cleanupOutdatedCaches: true,
      // The first version controls the page it was installed from, so a first visit is already
      // offline-ready. A later version still waits for the player: claiming happens only on activation.
      clientsClaim: true,
    },
  });
}

export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy(), teacherPage(), offline()],
  build: {
    target: 'es2022',
    // Art and sound stay files of their own (never data: URIs), so the policy and caching work.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
  },
  server: { host: '127.0.0.1' },
});

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './build/precompress.ts';
import { staffShell } from './build/staff-shell.ts';

// The staff app at `/personal/` (docs/staff-app.md), built after the office and the client's view
// (vite.config.ts) into the same folder. A build of its own so that its first screen on a slow
// phone network carries Preact (the React API in a tenth of the bytes) instead of React DOM: the
// same components and hooks, written against React's types.
const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const staff = staffShell('personal/index.html');
const preact = (from: string, to: string) => ({ find: new RegExp(`^${from.replace('/', '\\/')}$`), replacement: to });

export default defineConfig({
  plugins: [
    react(),
    staff.plugin,
    precompress(),
    // The staff app's service worker: it precaches the staff shell only and answers every page
    // under /personal/ with the staff page when there is no network. The manifest and icons are
    // static files (public/personal/), linked from the staff page only.
    VitePWA({
      strategies: 'generateSW',
      filename: 'personal/sw.js',
      scope: '/personal/',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,webmanifest,png}'],
        globIgnores: ['**/*.{br,gz}'],
        manifestTransforms: [(entries) => Promise.resolve({ manifest: entries.filter((e) => staff.includes(e.url)), warnings: [] })],
        // The worker lives at /personal/sw.js and would resolve relative entries under /personal/.
        modifyURLPrefix: { '': '/' },
        navigateFallback: '/personal/index.html',
        navigateFallbackAllowlist: [/^\/personal\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  resolve: {
    alias: [
      preact('react-dom/client', 'preact/compat/client'),
      preact('react-dom', 'preact/compat'),
      preact('react/jsx-runtime', 'preact/compat/jsx-runtime'),
      preact('react/jsx-dev-runtime', 'preact/compat/jsx-dev-runtime'),
      preact('react', 'preact/compat'),
    ],
  },
  build: {
    outDir: 'dist',
    // The office build ran first into the same folder.
    emptyOutDir: false,
    rolldownOptions: { input: { personal: page('personal/index.html') } },
  },
});

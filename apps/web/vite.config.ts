import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './build/precompress.ts';
import { staffShell } from './build/staff-shell.ts';

// One Vite build, one input per entry: the office app at `/`, the staff app at `/personal/`
// (`personal/index.html`) and the client's view at `/mina-sidor/` (`mina-sidor/index.html`). The
// server's history fallback (apps/server/src/web/web-entries.ts) knows their prefixes.
const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const staff = staffShell('personal/index.html');

export default defineConfig({
  plugins: [
    react(),
    staff.plugin,
    precompress(),
    // The staff app's service worker (docs/staff-app.md): it precaches the staff shell only and
    // answers every page under /personal/ with the staff page when there is no network. The
    // manifest and icons are static files (public/personal/), linked from the staff page only.
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
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The office app is for desktops and tablets on the municipality's network; the staff entry has its own budget.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      input: {
        office: page('index.html'),
        personal: page('personal/index.html'),
        minaSidor: page('mina-sidor/index.html'),
      },
    },
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5151),
    strictPort: true,
    host: '127.0.0.1',
    proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? 3151}` },
  },
});

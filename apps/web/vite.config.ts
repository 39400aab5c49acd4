import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress.ts';

// One Vite build, one input per entry: the office app at `/` and the client's view at
// `/mina-sidor/` (`mina-sidor/index.html`). The staff app at `/personal/` has a build of its own
// after this one (vite.personal.config.ts: Preact, its service worker). The server's history
// fallback (apps/server/src/web/web-entries.ts) knows their prefixes.
const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    precompress(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The office app is for desktops and tablets on the municipality's network.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      input: {
        office: page('index.html'),
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

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// One Vite build, one input per entry. Today the office app at `/`; the staff app (`/personal/`)
// and the client's view (`/mina-sidor/`) are added here as `personal/index.html` and
// `mina-sidor/index.html`, and the server's history fallback (apps/server/src/web/web-entries.ts)
// already knows their prefixes.
const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The office app is for desktops and tablets on the municipality's network; the staff entry has its own budget.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      input: { office: page('index.html'), minaSidor: page('mina-sidor/index.html') },
    },
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5151),
    strictPort: true,
    host: '127.0.0.1',
    proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? 3151}` },
  },
});

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiPort = Number(process.env.PORT ?? 3000);
const api = `http://127.0.0.1:${apiPort}`;

// `npm run dev`: Vite on 5173 with the API proxied to the Fastify server (scripts/dev.mjs starts both).
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    // changeOrigin: false keeps the browser's Host, so the server's Origin check sees its own origin.
    proxy: Object.fromEntries(
      ['/public', '/auth', '/files'].map((p) => [p, { target: api, changeOrigin: false }]),
    ),
  },
  build: { outDir: 'dist', sourcemap: false },
});

import { defineConfig, type HtmlTagDescriptor, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';

/** The app's own module, which the entry (src/main.tsx) imports only after the first paint. */
const APP_MODULE = '/src/boot.tsx';

/**
 * index.html links the app's CSS and modulepreloads its JS, as if the entry imported it statically: the
 * server-rendered page needs every stylesheet for its first paint, and other pages start the app at once. (The
 * server-rendered /reviews leaves the modulepreloads out, src/server/ssr.ts: measured, they held its paint back.)
 */
function preloadApp(): Plugin {
  return {
    name: 'soc-review:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return;
        const chunk = (name: string) => bundle[name] as Rolldown.OutputChunk | undefined;
        const app = Object.values(bundle).find(
          (c): c is Rolldown.OutputChunk => c.type === 'chunk' && !!c.facadeModuleId?.endsWith(APP_MODULE),
        );
        if (!app) throw new Error(`preloadApp: no chunk for ${APP_MODULE}`);
        const js = new Set<string>();
        const css = new Set<string>();
        // A chunk's imports' CSS before its own, as Vite itself orders it: the app's rules win ties.
        const visit = (c: Rolldown.OutputChunk | undefined) => {
          if (!c || js.has(c.fileName)) return;
          js.add(c.fileName);
          for (const dep of c.imports) visit(chunk(dep));
          for (const file of c.viteMetadata?.importedCss ?? []) css.add(file);
        };
        visit(app);
        const tag = (rel: string, file: string): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel, crossorigin: true, href: `/${file}` },
          injectTo: 'head',
        });
        const absent = (file: string) => !html.includes(`/${file}"`);
        return [
          ...[...css].filter(absent).map((f) => tag('stylesheet', f)),
          ...[...js].filter(absent).map((f) => tag('modulepreload', f)),
        ];
      },
    },
  };
}

const apiPort = Number(process.env.PORT ?? 3000);
const api = `http://127.0.0.1:${apiPort}`;

// `npm run dev`: Vite on 5173 with the API proxied to the Fastify server (scripts/dev.mjs starts both).
// `npm run build`: the SPA into dist/, then its server render of /reviews (src/entry-server.tsx) into dist/ssr/.
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), preloadApp()],
  server: {
    port: 5173,
    // changeOrigin: false keeps the browser's Host, so the server's Origin check sees its own origin.
    proxy: Object.fromEntries(
      ['/public', '/auth', '/files'].map((p) => [p, { target: api, changeOrigin: false }]),
    ),
  },
  // The server bundle carries its own React, router and query copies, so it runs from wherever DIST_DIR is,
  // and like the browser's bundle it is React's production build, however the server itself is started.
  ssr: { noExternal: true },
  define: isSsrBuild ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  build: isSsrBuild
    ? { outDir: 'dist/ssr', sourcemap: false, copyPublicDir: false }
    : { outDir: 'dist', sourcemap: false },
}));

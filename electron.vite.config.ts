import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { withContentSecurityPolicy, withoutContentSecurityPolicy } from './main/app/csp-html';

// package.json says "type": "module", so this config is ESM and has no __dirname.
const at = (path: string) => fileURLToPath(new URL(path, new URL('.', import.meta.url)));

/**
 * The built page carries exactly the CSP in main/app/csp.ts (files loaded from disk get no
 * response headers, so the meta tag is what protects the packaged app). In dev the meta tag is
 * dropped and the shell sends a header that lets Vite's hot reload work.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'offer-desk-csp',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (context.server !== undefined) return withoutContentSecurityPolicy(html);
        const { html: out, replaced } = withContentSecurityPolicy(html);
        for (const policy of replaced) {
          this.warn(`renderer/index.html carried a different CSP, replaced by main/app/csp.ts's:\n  was: ${policy}`);
        }
        return out;
      },
    },
  };
}

// Three bundles: the main process (Node), the preload (CommonJS, because a `sandbox: true`
// window cannot load an ESM preload), and the renderer (React). better-sqlite3 and the other
// Node dependencies stay external to the main bundle and load from node_modules at run time.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The letter worker is its own entry: worker_threads runs it beside the main bundle
      // (main/services/letter-render-pool.ts; the shell names it at start). So is the fax code reader's
      // (main/services/fax-code-reader.ts).
      rollupOptions: {
        input: { index: at('main/app/index.ts'), 'letters-worker': at('main/letters/render-worker.ts'), 'fax-code-worker': at('main/services/fax-code-worker.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: at('main/app/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: at('renderer'),
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: at('out/renderer'),
      // electron-vite leaves the renderer unminified; minified, the window parses far less on
      // first paint. Screens are split in App.tsx (React.lazy), pdf.js in renderer/src/pdf.
      minify: true,
      rollupOptions: { input: { index: at('renderer/index.html') } },
    },
  },
});

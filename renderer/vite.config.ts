// Builds the renderer alone (the same settings as electron.vite.config.ts's renderer section), for
// the browser harness and the e2e tests: they need out/renderer but not the Electron bundles.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
// Build-time only (string work, no Electron): the page ships the shell's exact policy.
import { withContentSecurityPolicy } from '../main/app/csp-html';

const here = fileURLToPath(new URL('.', import.meta.url));

function contentSecurityPolicy(): Plugin {
  return {
    name: 'offer-desk-csp',
    transformIndexHtml: { order: 'post', handler: (html) => withContentSecurityPolicy(html).html },
  };
}

export default defineConfig({
  root: here,
  // Relative asset URLs: the desktop app loads the page from disk, the harness from '/'.
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // One style sheet for the whole app, as before pages had files of their own: features' CSS
    // styles parts that other features show (status badges, tags, link lists), and its order holds.
    cssCodeSplit: false,
    rollupOptions: {
      // The design system's React package declares no "sideEffects": its components are pure
      // (the web components they need are imported by the components that use them), so a page's
      // file keeps only the components it uses.
      treeshake: { moduleSideEffects: (id) => !/[\\/]node_modules[\\/]@digdir[\\/]designsystemet-react[\\/]/.test(id) },
      output: {
        // React changes less often than the app: its own file caches longer. Everything else (the
        // design system's components, ECharts) is split by where it is used, so a page loads only
        // what it shows (every page is its own file: see src/web/App.tsx).
        manualChunks: (id) => (/[\\/]node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/.test(id) ? 'react' : undefined),
      },
    },
  },
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:3000' } },
});

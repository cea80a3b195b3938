import { defineConfig } from 'vite';

// `vite build web` builds to dist/web, which the API server serves at `/`. No plugins: Vite's own transform handles
// TSX with React's automatic runtime, and the app needs no fast refresh to be built.
export default defineConfig({
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    // One small bundle; the app is a few screens.
    chunkSizeWarningLimit: 400,
  },
  server: { proxy: { '/graphql': `http://localhost:${process.env.PORT ?? 4000}` } },
});

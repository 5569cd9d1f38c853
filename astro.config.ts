import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

// The public address of the site, for the sitemap, RSS and canonical links: set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  // Builds of other corpora (tests, benchmarks) keep their own content store: two builds at once must not share it.
  ...(process.env.ATLAS_ASTRO_CACHE ? { cacheDir: process.env.ATLAS_ASTRO_CACHE } : {}),
  trailingSlash: 'always',
  integrations: [mdx(), sitemap()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    plugins: [tailwindcss()],
    // Inline assets would need 'unsafe-inline' in the Content-Security-Policy.
    build: { assetsInlineLimit: 0 },
  },
});

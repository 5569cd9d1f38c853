import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

// The public address of the site, for the sitemap, RSS and canonical links: set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx(), sitemap()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    plugins: [tailwindcss()],
    // Inline assets would need 'unsafe-inline' in the Content-Security-Policy.
    build: { assetsInlineLimit: 0 },
  },
});

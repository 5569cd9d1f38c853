import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCorpus } from '../site/corpus';

/** RSS of the articles, newest first; those with a stated publication date carry it. */
export const GET: APIRoute = async (context) => {
  const { articles } = await loadCorpus();
  return rss({
    title: 'Kazakh News Atlas',
    description: 'Multilingual news, analysed: entities, dates and summaries.',
    site: context.site!,
    items: articles.map((a) => ({
      title: a.displayTitle,
      link: `/articles/${a.slug}/`,
      ...(a.published && a.published.source !== 'inferred' ? { pubDate: new Date(a.published.value.split('/')[0]!.replace(/T.*/, '')) } : {}),
      description: a.summary.join(' '),
    })),
  });
};

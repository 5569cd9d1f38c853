/**
 * The search page, on Pagefind's JavaScript API rather than its default UI, so that a first search
 * downloads only what it shows: Pagefind's default UI loads every filter's index up front, and the
 * per-article `entity` filter (thousands of values) grows with the corpus. Here the small facets
 * (language, type, year, entity type) load with the first search and the entity facet when it is opened.
 *
 * Pagefind loads the index of a filter only when a search names it; a filter named with `{ none: [] }`
 * excludes nothing and still returns its counts, which is how the facets ask for counts.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResponse {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(bundlePath: string, o?: Record<string, unknown>): Promise<void>;
  search(term: string, o: { filters: Record<string, unknown> }): Promise<PagefindResponse>;
}

/** The facets, in order: Pagefind filter name and heading. `entity` loads on demand. */
const FACETS = [
  ['type', 'Type'],
  ['language', 'Language'],
  ['year', 'Year'],
  ['entity type', 'Entity type'],
] as const;
const ON_DEMAND = 'entity';
const PAGE = 10;
/** Entity values listed in the open entity facet (the most frequent in the results), before a name filter. */
const ENTITY_VALUES = 40;

const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string | boolean> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};

/**
 * Pagefind's excerpt is HTML (escaped text with <mark> around matches). It is rebuilt from an inert
 * parse keeping only text and <mark>, so nothing an article contains can become markup here.
 */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  return [...doc.body.firstChild!.childNodes].map((n) => (n.nodeName === 'MARK' ? el('mark', {}, n.textContent ?? '') : document.createTextNode(n.textContent ?? '')));
}

export function startSearch(): void {
  const form = $<HTMLFormElement>('#search-form');
  const input = $<HTMLInputElement>('#search-input');
  const status = $<HTMLElement>('#search-status');
  const list = $<HTMLOListElement>('#search-results');
  const more = $<HTMLButtonElement>('#search-more');
  const facets = $<HTMLElement>('#search-facets');
  const entityFacet = $<HTMLDetailsElement>('#facet-entity');
  const entityName = $<HTMLInputElement>('#facet-entity-name');
  const say = (s: string) => (status.textContent = s);

  const selected = new Map<string, Set<string>>();
  let pagefind: Promise<Pagefind> | undefined;
  let current: PagefindResponse | undefined;
  let shown = 0;
  let run = 0;

  const load = () =>
    (pagefind ??= (async () => {
      const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
      const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await pf.options({ baseUrl: base, excerptLength: 24 });
      // A large site has several indexes (scripts/lib/search-index.ts lists them); one search covers all.
      const shards = (await fetch(`${base}pagefind/shards.json`).then((r) => (r.ok ? r.json() : []))) as string[];
      await Promise.all(shards.map((s) => pf.mergeIndex(`${base}${s}/`)));
      await pf.init();
      return pf;
    })());

  /** The filters of a search: the ticked values of each facet, and the facets whose counts are wanted. */
  const filters = () => {
    const f: Record<string, unknown> = {};
    for (const [name] of FACETS) f[name] = { none: [] };
    if (entityFacet.open) f[ON_DEMAND] = { none: [] };
    for (const [name, values] of selected) if (values.size) f[name] = { any: [...values] };
    return f;
  };

  async function showMore(): Promise<void> {
    if (!current) return;
    const mine = run;
    const batch = await Promise.all(current.results.slice(shown, shown + PAGE).map((r) => r.data()));
    if (mine !== run) return;
    for (const d of batch) {
      const kind = d.filters.type?.[0] === 'Entity' ? `Entity · ${d.filters['entity type']?.[0] ?? ''}` : 'Article';
      const lang = d.filters.language?.[0];
      list.append(
        el(
          'li',
          { className: 'border-b border-zinc-200 pb-3 dark:border-zinc-800' },
          el('a', { className: 'search-result text-lg font-semibold', href: d.url, lang: d.meta.language ?? '' }, d.meta.title ?? d.url),
          el('p', { className: 'text-sm text-zinc-600 dark:text-zinc-400' }, [kind, lang, d.meta.date].filter(Boolean).join(' · ')),
          el('p', { className: 'mt-1 text-sm', lang: d.meta.language ?? '' }, ...excerptNodes(d.excerpt)),
        ),
      );
    }
    shown += batch.length;
    more.hidden = shown >= current.results.length;
  }

  function renderFacets(r: PagefindResponse): void {
    for (const [name, label] of [...FACETS, [ON_DEMAND, 'Entity'] as const]) {
      const box = facets.querySelector<HTMLElement>(`[data-facet="${name}"]`)!;
      // Every value in the query's results (before filters), with its count after them: a ticked
      // language still offers the others, to widen the search with.
      const total = r.totalFilters[name];
      if (!total) continue;
      const ticked = selected.get(name) ?? new Set<string>();
      const query = name === ON_DEMAND ? entityName.value.trim().toLowerCase() : '';
      let values = Object.keys(total)
        .filter((v) => total[v]! > 0 || ticked.has(v))
        .map((v) => [v, r.filters[name]?.[v] ?? 0, total[v] ?? 0] as const)
        .sort((a, b) => (name === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || b[2] - a[2] || a[0].localeCompare(b[0])));
      if (name === ON_DEMAND) values = values.filter(([v]) => ticked.has(v) || !query || v.toLowerCase().includes(query)).slice(0, ENTITY_VALUES);
      box.replaceChildren(
        ...values.map(([v, n]) => {
          const cb = el('input', { type: 'checkbox', checked: ticked.has(v) });
          cb.dataset.facet = name;
          cb.dataset.value = v;
          return el('label', { className: 'flex items-baseline gap-2 py-0.5' }, cb, el('span', {}, v), el('span', { className: 'text-zinc-600 dark:text-zinc-400' }, `(${n})`));
        }),
      );
      if (!values.length) box.append(el('p', { className: 'text-zinc-600 dark:text-zinc-400' }, name === ON_DEMAND && query ? `No entity matching “${query}”.` : `No ${label.toLowerCase()} in these results.`));
    }
  }

  async function search(): Promise<void> {
    const q = input.value.trim();
    const mine = ++run;
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!q) {
      current = undefined;
      list.replaceChildren();
      more.hidden = true;
      say('Ready: type to search.');
      return;
    }
    say(pagefind ? `Searching for “${q}”…` : 'Loading the search index…');
    let r: PagefindResponse;
    try {
      r = await (await load()).search(q, { filters: filters() });
    } catch {
      say('The search index could not be loaded. Browse the entity index instead.');
      return;
    }
    if (mine !== run) return;
    current = r;
    shown = 0;
    list.replaceChildren();
    renderFacets(r);
    await showMore();
    if (mine !== run) return;
    const n = r.results.length;
    say(n ? `Results for “${q}”: ${n === 1 ? 'one page' : `${n} pages`}.` : `No results for “${q}”. Try another spelling, or the entity index.`);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void search();
  });
  more.addEventListener('click', () => void showMore());
  facets.addEventListener('change', (e) => {
    const cb = e.target as HTMLInputElement;
    if (!cb.dataset.facet) return;
    const set = selected.get(cb.dataset.facet) ?? selected.set(cb.dataset.facet, new Set()).get(cb.dataset.facet)!;
    if (cb.checked) set.add(cb.dataset.value!);
    else set.delete(cb.dataset.value!);
    void search();
  });
  entityFacet.addEventListener('toggle', () => {
    if (entityFacet.open && current && !current.filters[ON_DEMAND]) void search();
  });
  entityName.addEventListener('input', () => current && renderFacets(current));

  // Arrow keys move between results and back to the box; Escape clears and returns to the box.
  document.addEventListener('keydown', (e) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-result')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && (i >= 0 || document.activeElement === input)) {
      links[i + 1]?.focus();
      e.preventDefault();
    } else if (e.key === 'ArrowUp' && i >= 0) {
      (i === 0 ? input : links[i - 1])?.focus();
      e.preventDefault();
    } else if (e.key === 'Escape' && (i >= 0 || document.activeElement === input)) {
      input.value = '';
      input.focus();
      void search();
    }
  });

  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    void search();
  } else say('Ready: type to search.');
}

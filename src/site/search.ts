/** Starts Pagefind's default UI on the search page, with the query from `?q=` and keyboard support. */
declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => { triggerSearch(q: string): void };
  }
}

export function startSearch(): void {
  const status = document.getElementById('search-status');
  const say = (s: string) => status && (status.textContent = s);
  if (!window.PagefindUI) {
    say('The search index could not be loaded. Browse the entity index instead.');
    return;
  }
  say('Loading the search index…');
  const ui = new window.PagefindUI({
    element: '#search',
    showSubResults: false,
    showImages: false,
    resetStyles: false,
    excerptLength: 24,
    translations: { placeholder: 'Search articles and entities' },
    processResult: (r: { meta?: Record<string, string>; filters?: Record<string, string[]> }) => r,
  });
  // Pagefind's input carries only a title; give it a real accessible name.
  const label = () => {
    const box = document.querySelector<HTMLInputElement>('#search input');
    if (box && !box.hasAttribute('aria-label')) box.setAttribute('aria-label', 'Search articles and entities');
    return !!box;
  };
  if (!label()) new MutationObserver((_m, obs) => label() && obs.disconnect()).observe(document.getElementById('search')!, { childList: true, subtree: true });
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
  say(q ? `Results for “${q}”.` : 'Ready: type to search.');
  const input = () => document.querySelector<HTMLInputElement>('#search input[type="text"], #search input[type="search"]');
  // Arrow keys move between results and back to the box; Escape clears and returns to the box.
  document.addEventListener('keydown', (e) => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('#search .pagefind-ui__result-link')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' && (i >= 0 || document.activeElement === input())) {
      links[i + 1]?.focus();
      e.preventDefault();
    } else if (e.key === 'ArrowUp' && i >= 0) {
      (i === 0 ? input() : links[i - 1])?.focus();
      e.preventDefault();
    } else if (e.key === 'Escape') {
      const box = input();
      if (box) {
        box.value = '';
        box.dispatchEvent(new Event('input'));
        box.focus();
      }
    }
  });
}

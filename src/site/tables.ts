/** Client-side sorting and filtering of the entity tables (the page reads fine without it). */
export function enhanceTables(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    headers.forEach((th, col) => {
      const button = th.querySelector<HTMLButtonElement>('button[data-sort]');
      if (!button) return;
      button.addEventListener('click', () => {
        const asc = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach((h) => h.querySelector('button') && h.setAttribute('aria-sort', 'none'));
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        const body = table.tBodies[0]!;
        const rows = [...body.rows];
        const key = (r: HTMLTableRowElement) => {
          const cell = r.cells[col]!;
          return button.dataset.sort === 'num' ? Number(cell.dataset.value) : cell.textContent!.trim().toLowerCase();
        };
        rows.sort((a, b) => {
          const x = key(a);
          const y = key(b);
          return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
        });
        body.append(...rows);
      });
    });
  }
  const filter = document.querySelector<HTMLInputElement>('[data-entity-filter]');
  filter?.addEventListener('input', () => {
    const q = filter.value.trim().toLowerCase();
    for (const row of document.querySelectorAll<HTMLTableRowElement>('tr[data-name]')) row.hidden = q !== '' && !row.dataset.name!.includes(q);
  });
}

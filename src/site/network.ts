/** A small co-occurrence network laid out on a circle, as static SVG data (no JavaScript needed). */
export interface NetworkNode {
  id: string;
  label: string;
  x: number;
  y: number;
  r: number;
  weight: number;
}

/** Places the entity in the centre and its strongest co-occurring entities around it, sized by count. */
export function layoutNetwork(centre: { id: string; label: string }, others: { id: string; label: string; count: number }[], size = 320): NetworkNode[] {
  const c = size / 2;
  const max = Math.max(1, ...others.map((o) => o.count));
  const radius = size / 2 - 48;
  return [
    { id: centre.id, label: centre.label, x: c, y: c, r: 14, weight: max },
    ...others.map((o, i) => {
      const angle = (2 * Math.PI * i) / others.length - Math.PI / 2;
      return { id: o.id, label: o.label, x: Math.round(c + radius * Math.cos(angle)), y: Math.round(c + radius * Math.sin(angle)), r: 5 + Math.round((8 * o.count) / max), weight: o.count };
    }),
  ];
}

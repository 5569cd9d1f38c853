/**
 * One page of each type of the built site, for the browser tests and `npm run audit`.
 * @param notFound the path that shows the 404 page (Lighthouse needs it served with status 200)
 */
export const pageTypes = (notFound = '/no-such-page/'): [string, string][] => [
  ['home', '/'],
  ['archive', '/archive/'],
  ['article', '/articles/002-1960be493da01210/'],
  ['entity index', '/entities/'],
  ['entity', '/entities/kassym-jomart-tokayev/'],
  ['timeline', '/timeline/'],
  ['search', '/search/?q=Tokayev'],
  ['how it works (MDX)', '/about/'],
  ['404', notFound],
];

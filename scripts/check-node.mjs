#!/usr/bin/env node
// Fails clearly when the running Node is older than Astro 7 and Vitest 5 need.
// `npm run …` puts node_modules/.bin first on PATH, where the pinned `node` devDependency (24.x) lives.
const [major, minor] = process.versions.node.split('.').map(Number);
const ok = major > 22 || (major === 22 && minor >= 12);
if (!ok) {
  console.error(
    `This project needs Node >= 22.12, but ${process.execPath} is Node ${process.versions.node}.\n` +
      'Hint: run `npm install` first (it installs the pinned Node 24 from the "node" devDependency), then use\n' +
      'the npm scripts (`npm run build`, `npm test`), which run node_modules/.bin/node.',
  );
  process.exit(1);
}

// `npm run lock:fix`, after any change of dependencies. Plain .mjs so it runs on any Node.
//
// Why: npm leaves out of package-lock.json the optional, platform-specific packages the registry
// cannot serve (the registry these machines use does not carry e.g. @pagefind/darwin-arm64), and
// `npm ci` then refuses the lock as "out of sync". Listing them with their version (and no
// download address) satisfies `npm ci`; they are never fetched on a platform that does not need them.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
const added = [];
for (const entry of Object.values(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key]) continue;
    packages[key] = { version, ...(entry.dev ? { dev: true } : {}), optional: true };
    added.push(`${name}@${version}`);
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `package-lock.json: listed ${added.join(', ')}` : 'package-lock.json: nothing to add');

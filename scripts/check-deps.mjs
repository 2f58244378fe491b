#!/usr/bin/env node
// Fails when package.json names a dependency that eslint/dependencyClasses.js does not classify (architecture.md §3):
// adding a package forces a decision about where it may run. Run by `npm run lint`.
import { readFileSync } from 'node:fs';
import { dependencyClasses, nativePackages } from '../eslint/dependencyClasses.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const sections = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
const declared = new Set(sections.flatMap((s) => Object.keys(pkg[s] ?? {})));

const classOf = new Map();
const errors = [];
for (const [cls, names] of Object.entries(dependencyClasses)) {
  for (const name of names) {
    if (classOf.has(name)) errors.push(`${name} is listed twice (${classOf.get(name)} and ${cls}).`);
    classOf.set(name, cls);
  }
}
for (const name of [...declared].sort()) {
  if (!classOf.has(name)) {
    errors.push(`${name} is in package.json but not classified: add it to std, node, dom, electron, tool or types in eslint/dependencyClasses.js.`);
  }
}
for (const name of nativePackages) {
  if (classOf.get(name) !== 'node') errors.push(`native package ${name} must also be classified as node.`);
}
const stale = [...classOf.keys()].filter((name) => !declared.has(name));
for (const name of stale) console.warn(`check-deps: ${name} is classified but no longer in package.json; remove it.`);

if (errors.length > 0) {
  for (const e of errors) console.error(`check-deps: ${e}`);
  process.exit(1);
}
console.log(`check-deps: ${declared.size} dependencies classified.`);

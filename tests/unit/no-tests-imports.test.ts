// Tools live beside scripts/, not in tests/: src/, scripts/ and tools/ never import from tests/ (the tests import
// them, never the other way round), and src/ imports neither tools/ nor scripts/. Every static import, re-export
// and literal dynamic import of their TypeScript, JavaScript, Astro and MDX files is resolved and checked.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SOURCE = /\.(ts|tsx|mts|js|mjs|astro|mdx)$/;

function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && SOURCE.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

/** Relative specifiers a file imports: `import … from '…'`, `import '…'`, `export … from '…'`, `import('…')`. */
export function importSpecifiers(text: string): string[] {
  const found = [
    ...text.matchAll(/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
  return found.filter((s) => s.startsWith('.'));
}

/** Top-level folders of the project that a file's relative imports reach. */
function foldersReached(file: string): { specifier: string; folder: string }[] {
  return importSpecifiers(readFileSync(file, 'utf8')).map((specifier) => ({
    specifier,
    folder: relative(ROOT, resolve(dirname(file), specifier)).split(sep)[0]!,
  }));
}

const RULES: [folder: string, forbidden: string[]][] = [
  ['src', ['tests', 'tools', 'scripts']],
  ['scripts', ['tests']],
  ['tools', ['tests']],
];

describe('no imports from tests/', () => {
  it('reads import specifiers of every kind', () => {
    const text = `import a from '../x/a.ts';\nimport { b,\n  c } from "./b.ts";\nimport './c.css';\nexport { d } from '../../d.ts';\nimport type { E } from '../e.ts';\nconst f = await import('../f.ts');\nimport g from 'node:fs';`;
    expect(importSpecifiers(text)).toEqual(['../x/a.ts', './b.ts', '../../d.ts', '../e.ts', './c.css', '../f.ts']);
  });

  it.each(RULES)('%s/ imports nothing from %j', (folder, forbidden) => {
    const files = filesUnder(folder);
    expect(files.length).toBeGreaterThan(0);
    const offending = files.flatMap((file) =>
      foldersReached(file)
        .filter((r) => forbidden.includes(r.folder))
        .map((r) => `${relative(ROOT, file)} imports ${r.specifier}`),
    );
    expect(offending).toEqual([]);
  });
});

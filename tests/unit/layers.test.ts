/**
 * The layers of src/: which folder may import which (ALLOWED), no cycle between files or between folders,
 * type imports included; nothing in src/, scripts/ or tools/ imports tests/, and src/ imports neither tools/ nor
 * scripts/ (tools/ holds what scripts and tests share: it sits beside scripts/, outside the site).
 *
 * What is read: .ts/.tsx files through dependency-cruiser, with `tsPreCompilationDeps` so that `import type`
 * and `typeof import()` count as edges (TypeScript erases them, but they still tie one layer to another);
 * .astro files through their import statements, read here with a regular expression, because
 * dependency-cruiser does not parse .astro. Pages and components are .astro for the most part, so without
 * that they would be nearly unchecked (e.g. which pages read the report index).
 *
 * The same checks run on a small fixture written to a temporary folder, to show each one fails when it
 * should (see the last describe).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Each folder of src/ → the src/ folders its files may import (any file in its own folder is fine).
 * Lowest layers first. A file directly in src/ counts as a folder of its own, named by the file.
 */
const ALLOWED: Record<string, readonly string[]> = {
  // Leaves: shapes (schemas), rules (scoring), formats, paths, styles, the search shards.
  schemas: [],
  scoring: [],
  format: [],
  site: [],
  styles: [],
  search: [],
  wording: ['scoring'],
  csp: ['search', 'site'],
  glossary: ['scoring', 'site', 'wording'],
  // One report: reading it, summing it up, checking it (src/reports/validate.ts).
  reports: ['schemas', 'scoring', 'wording'],
  import: ['reports', 'schemas', 'scoring', 'wording'],
  calculator: ['reports', 'schemas', 'scoring', 'wording'],
  charts: ['calculator', 'scoring'],
  stations: ['reports', 'schemas'],
  // The content collections: the loaders run the reports' and the stations' checks.
  'content-check': ['reports', 'schemas', 'stations'],
  'content.config.ts': ['content-check', 'reports', 'schemas'],
  // Open data is made of reports and stations; the report index and the methodology read open data.
  'open-data': ['reports', 'schemas', 'scoring', 'site', 'stations', 'wording'],
  'report-index': ['open-data', 'scoring', 'site'],
  methodology: ['open-data', 'scoring'],
  // Looking across reports (ranks, medians, shares of the maximum): made of the open-data records.
  across: ['open-data', 'schemas', 'scoring'],
  // The themes of the findings: the rules (data) and the classifier are pure; the loader reads the reports.
  themes: ['open-data', 'reports'],
  // What is shown: components, the layout, the pages.
  components: ['across', 'calculator', 'charts', 'csp', 'format', 'glossary', 'methodology', 'open-data', 'report-index', 'reports', 'schemas', 'scoring', 'site', 'stations', 'styles', 'wording'],
  layouts: ['components', 'csp', 'site', 'styles'],
  pages: ['across', 'calculator', 'components', 'csp', 'format', 'glossary', 'layouts', 'open-data', 'report-index', 'reports', 'schemas', 'scoring', 'search', 'site', 'stations', 'styles', 'wording', 'themes'],
};

interface Edge {
  /** The importing file, relative to the repository (src/reports/validate.ts). */
  from: string;
  /** The imported file, relative to the repository, or the specifier when it is no file (astro:content). */
  to: string;
  /** As written in the import. */
  specifier: string;
  /** Only types are imported (`import type`, `typeof import()`). */
  typeOnly: boolean;
}

/** `src/reports/checks/body.ts` → `reports`; `src/content.config.ts` → `content.config.ts`; outside src/, null. */
function folderOf(file: string): string | null {
  const m = /^src\/(.+?)(?:\/|$)/.exec(file);
  return m ? m[1]! : null;
}

function filesUnder(root: string, dir: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(join(root, d), { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith(ext)) out.push(join(d, e.name));
    }
  };
  walk(dir);
  return out;
}

/** The imports of an .astro file (frontmatter and scripts): `import … from 'x'`, `import 'x'`, `import('x')`. */
function astroImports(source: string): string[] {
  const found = source.matchAll(/\bimport\s*(?:[\w*{}\s,$]+?\s*from\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g);
  return [...found].map((m) => (m[1] ?? m[2])!);
}

/** The project's own code: the site, its build steps and the tools they share with the tests. */
const TOP_FOLDERS = ['src', 'scripts', 'tools'];

/** Every import of the files under src/, scripts/ and tools/ in `root`. */
async function importsIn(root: string): Promise<Edge[]> {
  const roots = TOP_FOLDERS.filter((d) => readdirSync(root).includes(d));
  const result = (
    await cruise(roots, {
      baseDir: root,
      // `import type` is an edge too: without this, dependency-cruiser sees only the JavaScript TypeScript leaves behind.
      tsPreCompilationDeps: true,
      doNotFollow: { path: ['node_modules', '^tests/'] },
      exclude: { path: ['node_modules', '^bench/scratch/'] },
    })
  ).output as ICruiseResult;
  const edges: Edge[] = result.modules.flatMap((m) =>
    m.dependencies.map((d) => ({
      from: m.source,
      to: d.couldNotResolve ? d.module : d.resolved,
      specifier: d.module,
      typeOnly: d.dependencyTypes.includes('type-only') || d.dependencyTypes.includes('type-import'),
    })),
  );
  if (readdirSync(root).includes('src')) {
    for (const file of filesUnder(root, 'src', '.astro')) {
      for (const specifier of astroImports(readFileSync(join(root, file), 'utf8'))) {
        const to = specifier.startsWith('.') ? normalize(join(dirname(file), specifier)) : specifier;
        edges.push({ from: file, to, specifier, typeOnly: false });
      }
    }
  }
  return edges.filter((e) => TOP_FOLDERS.some((d) => e.from.startsWith(`${d}/`)));
}

/** Imports between src/ folders that ALLOWED (or the map given) does not list, one line each. */
function forbiddenEdges(edges: Edge[], allowed: Record<string, readonly string[]>): string[] {
  const out = new Set<string>();
  for (const e of edges) {
    const from = folderOf(e.from);
    const to = folderOf(e.to);
    if (from === null || to === null || from === to) continue;
    const may = allowed[from];
    if (!may) out.add(`${e.from}: src/${from} is not in the map of allowed imports`);
    else if (!may.includes(to)) out.add(`${e.from} imports ${e.specifier}: ${from} may not import ${to} (it may import ${may.join(', ') || 'no other folder'})`);
  }
  return [...out];
}

/** Imports of tests/ from src/, scripts/ or tools/, one line each. */
function testImports(edges: Edge[]): string[] {
  return [...new Set(edges.filter((e) => e.to.startsWith('tests/')).map((e) => `${e.from} imports ${e.specifier}`))];
}

/** Imports of tools/ or scripts/ from src/ (the site never runs the build's tools), one line each. */
function siteImportsOfTools(edges: Edge[]): string[] {
  const outside = (to: string) => to.startsWith('tools/') || to.startsWith('scripts/');
  return [...new Set(edges.filter((e) => e.from.startsWith('src/') && outside(e.to)).map((e) => `${e.from} imports ${e.specifier}`))];
}

/**
 * The cycles of a graph: each strongly connected component of two or more nodes (or one importing itself),
 * as one cycle through it, and the component's other nodes (which reach it by other cycles).
 */
function cycles(graph: Map<string, Set<string>>): { cycle: string[]; others: string[] }[] {
  // Tarjan's algorithm, iteratively so a deep graph cannot overflow the stack.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: [string, string[]][] = [];
    const enter = (v: string) => {
      index.set(v, next);
      low.set(v, next++);
      stack.push(v);
      onStack.add(v);
      work.push([v, [...(graph.get(v) ?? [])]]);
    };
    enter(start);
    while (work.length > 0) {
      const [v, rest] = work[work.length - 1]!;
      const w = rest.shift();
      if (w !== undefined) {
        if (!index.has(w)) enter(w);
        else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]![0];
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        const component: string[] = [];
        let x: string;
        do {
          x = stack.pop()!;
          onStack.delete(x);
          component.push(x);
        } while (x !== v);
        if (component.length > 1 || graph.get(v)?.has(v)) components.push(component);
      }
    }
  }
  // One cycle through each component, to name: the shortest way back to its first node.
  const cycleThrough = (component: string[]): string[] => {
    const inside = new Set(component);
    const first = [...component].sort()[0]!;
    const from = new Map<string, string>();
    const queue = [first];
    while (queue.length > 0) {
      const v = queue.shift()!;
      for (const w of graph.get(v) ?? []) {
        if (w === first) {
          const path = [v];
          while (path[0] !== first) path.unshift(from.get(path[0]!)!);
          return [...path, first];
        }
        if (inside.has(w) && !from.has(w)) {
          from.set(w, v);
          queue.push(w);
        }
      }
    }
    return [...component, component[0]!];
  };
  return components.map((component) => {
    const cycle = cycleThrough(component);
    return { cycle, others: component.filter((v) => !cycle.includes(v)).sort() };
  });
}

/** One line for a cycle: its steps, and any other members of its component. */
const cycleLine = (kind: string, { cycle, others }: { cycle: string[]; others: string[] }, via = '') =>
  `${kind} cycle: ${cycle.join(' → ')}${via}${others.length > 0 ? `; in the same tangle: ${others.join(', ')}` : ''}`;

function graphOf(pairs: [string, string][]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const [a, b] of pairs) {
    if (!graph.has(a)) graph.set(a, new Set());
    if (!graph.has(b)) graph.set(b, new Set());
    graph.get(a)!.add(b);
  }
  return graph;
}

/** Cycles between files of src/, scripts/ and tools/, type imports included, one line each. */
function fileCycles(edges: Edge[]): string[] {
  const local = edges.filter((e) => TOP_FOLDERS.some((d) => e.to.startsWith(`${d}/`)));
  return cycles(graphOf(local.map((e) => [e.from, e.to]))).map((c) => cycleLine('file', c));
}

/** Cycles between folders of src/, one line each, with an import that makes each step. */
function folderCycles(edges: Edge[]): string[] {
  const step = new Map<string, Edge>();
  for (const e of edges) {
    const a = folderOf(e.from);
    const b = folderOf(e.to);
    if (a !== null && b !== null && a !== b && !step.has(`${a}\0${b}`)) step.set(`${a}\0${b}`, e);
  }
  const graph = graphOf([...step.keys()].map((k) => k.split('\0') as [string, string]));
  return cycles(graph).map((c) => {
    const via = c.cycle.slice(1).map((b, i) => {
      const e = step.get(`${c.cycle[i]}\0${b}`)!;
      return `${e.from} imports ${e.specifier}`;
    });
    return cycleLine('folder', c, ` (${via.join('; ')})`);
  });
}

describe('the layers of src/', () => {
  let edges: Edge[] = [];
  // About two seconds; the timeout is for a machine busy with other work.
  beforeAll(async () => {
    edges = await importsIn(process.cwd());
  }, 60_000);

  it('reads the imports, type imports and .astro files included', () => {
    expect(edges.length).toBeGreaterThan(300);
    // `import type { ReportData }`: an edge only because tsPreCompilationDeps is on.
    expect(edges).toContainEqual(expect.objectContaining({ from: 'src/reports/party-points.ts', to: 'src/schemas/report/index.ts', typeOnly: true }));
    expect(edges).toContainEqual(expect.objectContaining({ from: 'src/pages/reports/index.astro', to: 'src/report-index/listing-data.ts' }));
  });

  it('the allowed imports are layers: no folder may reach itself through them', () => {
    const graph = graphOf(Object.entries(ALLOWED).flatMap(([from, to]) => to.map((t): [string, string] => [from, t])));
    expect(cycles(graph).map((c) => cycleLine('allowed-import', c))).toEqual([]);
  });

  it('every import between src/ folders is an allowed one', () => {
    expect(forbiddenEdges(edges, ALLOWED)).toEqual([]);
  });

  it('no files import one another in a cycle', () => {
    expect(fileCycles(edges)).toEqual([]);
  });

  it('no folders import one another in a cycle', () => {
    expect(folderCycles(edges)).toEqual([]);
  });

  it('src/, scripts/ and tools/ never import tests/', () => {
    expect(testImports(edges)).toEqual([]);
  });

  it('src/ imports neither tools/ nor scripts/', () => {
    expect(siteImportsOfTools(edges)).toEqual([]);
  });
});

describe('the layer checks fail when they should (a small tree in a temporary folder)', () => {
  let root = '';
  let edges: Edge[] = [];
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  const allowed = { low: [], high: ['low'], p: [], q: ['p'] };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'layers-'));
    // low ↔ high through type imports only: a file cycle, a folder cycle and an import low may not make.
    write('src/low/a.ts', "import type { B } from '../high/b.ts';\nexport type A = { b?: B };\n");
    write('src/high/b.ts', "import type { A } from '../low/a.ts';\nexport type B = { a?: A };\n");
    // p → q and q → p through different files: a folder cycle with no file cycle.
    write('src/q/q1.ts', "import { p2 } from '../p/p2.ts';\nexport const q1 = p2;\n");
    write('src/p/p1.ts', "import { q1 } from '../q/q1.ts';\nexport const p1 = q1;\n");
    write('src/p/p2.ts', 'export const p2 = 1;\n');
    // An .astro page importing a folder it may not.
    write('src/high/Page.astro', "---\nimport { p2 } from '../p/p2.ts';\n---\n<p>{p2}</p>\n");
    // src/, scripts/ and tools/ importing tests/; src/ importing tools/.
    write('tests/helper.ts', 'export const helper = 1;\n');
    write('tools/tool.ts', "import { helper } from '../tests/helper.ts';\nexport const tool = helper;\n");
    write('src/p/uses-tool.ts', "import { tool } from '../../tools/tool.ts';\nexport const y = tool;\n");
    write('src/p/uses-test.ts', "import { helper } from '../../tests/helper.ts';\nexport const x = helper;\n");
    write('scripts/run.ts', "import { helper } from '../tests/helper.ts';\nconsole.log(helper);\n");
    edges = await importsIn(root);
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('an import the map does not allow, from .ts and from .astro, names the file, the import and the rule', () => {
    expect(forbiddenEdges(edges, allowed).sort()).toEqual([
      "src/high/Page.astro imports ../p/p2.ts: high may not import p (it may import low)",
      "src/low/a.ts imports ../high/b.ts: low may not import high (it may import no other folder)",
      "src/p/p1.ts imports ../q/q1.ts: p may not import q (it may import no other folder)",
    ]);
    expect(forbiddenEdges(edges, { low: [] })).toContain('src/high/b.ts: src/high is not in the map of allowed imports');
  });

  it('a cycle of type imports between two files', () => {
    expect(fileCycles(edges)).toEqual(['file cycle: src/high/b.ts → src/low/a.ts → src/high/b.ts']);
  });

  it('a cycle between folders, also when no file cycle makes it', () => {
    expect(folderCycles(edges).sort()).toEqual([
      'folder cycle: high → low → high (src/high/b.ts imports ../low/a.ts; src/low/a.ts imports ../high/b.ts)',
      'folder cycle: p → q → p (src/p/p1.ts imports ../q/q1.ts; src/q/q1.ts imports ../p/p2.ts)',
    ]);
  });

  it('an import of tests/ from src/, scripts/ and tools/', () => {
    expect(testImports(edges).sort()).toEqual([
      'scripts/run.ts imports ../tests/helper.ts',
      'src/p/uses-test.ts imports ../../tests/helper.ts',
      'tools/tool.ts imports ../tests/helper.ts',
    ]);
  });

  it('an import of tools/ from src/', () => {
    expect(siteImportsOfTools(edges)).toEqual(['src/p/uses-tool.ts imports ../../tools/tool.ts']);
  });

  it('a map of allowed imports that is not layered', () => {
    const tangled = graphOf([['a', 'b'], ['b', 'c'], ['c', 'a'], ['b', 'e'], ['e', 'b'], ['d', 'd'], ['f', 'a']]);
    expect(cycles(tangled).map((c) => cycleLine('allowed-import', c))).toEqual([
      'allowed-import cycle: a → b → c → a; in the same tangle: e',
      'allowed-import cycle: d → d',
    ]);
  });
});

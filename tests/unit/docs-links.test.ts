// Every relative link in the repository's Markdown (README.md, docs/, results/, anything else in git) points at a
// file or folder that exists, and every #anchor into a Markdown file at one of its headings, slugged as GitHub
// slugs them (github-slugger). Links are read from the parsed Markdown (Sätteri, GFM), so a link written inside
// code is not a link, and reference-style links count through their definitions.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import { markdownToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

interface MdNode {
  type: string;
  url?: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { line: number } };
}

/** What the check needs from the repository, so a test can hand it an invented one. */
interface Repo {
  /** A repo-relative path (posix separators, no leading slash): a file, a folder or nothing. */
  kind(path: string): 'file' | 'dir' | null;
  read(path: string): string;
}

const parse = (markdown: string) => markdownToMdast(markdown, { features: { gfm: true } }) as unknown as MdNode;

function walk(node: MdNode, visit: (n: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** A heading's text as GitHub slugs it: the text of everything inside, code spans included. */
function textOf(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** The anchors GitHub gives a Markdown file's headings, in order (a repeated heading gets -1, -2, …). */
function headingSlugs(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const slugs = new Set<string>();
  walk(parse(markdown), (n) => {
    if (n.type === 'heading') slugs.add(slugger.slug(textOf(n)));
  });
  return slugs;
}

/** A link with a scheme (https:, mailto:) or protocol-relative one is not the repository's to check. */
const isRelative = (url: string) => url !== '' && !/^[a-z][a-z\d+.-]*:/i.test(url) && !url.startsWith('//');

/** Every broken relative link and anchor in one Markdown file, one line each: `file:line: url: what is wrong`. */
function brokenLinks(file: string, markdown: string, repo: Repo): string[] {
  const problems: string[] = [];
  const own = () => headingSlugs(markdown);
  walk(parse(markdown), (n) => {
    if ((n.type !== 'link' && n.type !== 'image' && n.type !== 'definition') || !n.url || !isRelative(n.url)) return;
    const at = `${file}:${n.position?.start.line ?? '?'}: ${n.url}`;
    const hash = n.url.indexOf('#');
    const pathPart = decodeURIComponent(hash < 0 ? n.url : n.url.slice(0, hash)).split('?')[0]!;
    const anchor = hash < 0 ? '' : decodeURIComponent(n.url.slice(hash + 1));
    // GitHub resolves a leading slash from the repository's root, anything else from the file's folder.
    const target = pathPart === '' ? file : posix.normalize(pathPart.startsWith('/') ? pathPart.slice(1) : posix.join(posix.dirname(file), pathPart));
    if (target.startsWith('../') || target === '..') {
      problems.push(`${at}: points outside the repository`);
      return;
    }
    const kind = pathPart === '' ? 'file' : repo.kind(target.replace(/\/$/, '') || '.');
    if (!kind) {
      problems.push(`${at}: no such file or folder (${target})`);
      return;
    }
    // Anchors into other kinds of file (#L12 in source) are GitHub's line links, not headings.
    if (anchor === '' || kind !== 'file' || !target.endsWith('.md')) return;
    const slugs = pathPart === '' ? own() : headingSlugs(repo.read(target));
    if (!slugs.has(anchor)) problems.push(`${at}: no heading #${anchor} in ${target}`);
  });
  return problems;
}

/** The Markdown files git knows of (tracked, or new and not ignored), so scratch copies and node_modules are left out. */
function markdownFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '*.md'], { cwd: ROOT, encoding: 'utf8' });
  return [...new Set(out.split('\0').filter((f) => f !== '' && existsSync(join(ROOT, f))))].sort();
}

const disk: Repo = {
  kind(path) {
    const full = join(ROOT, path);
    if (!existsSync(full)) return null;
    return statSync(full).isDirectory() ? 'dir' : 'file';
  },
  read: (path) => readFileSync(join(ROOT, path), 'utf8'),
};

/** An invented repository for the cases below. */
function repoOf(files: Record<string, string>): Repo {
  return {
    kind: (path) => (path in files ? 'file' : Object.keys(files).some((f) => f.startsWith(`${path}/`)) ? 'dir' : null),
    read: (path) => files[path]!,
  };
}

describe('the link check', () => {
  const repo = repoOf({
    'README.md': '# 社工站评估公开平台\n',
    'docs/guides/add-a-report.md': '# Add a report\n\n## With the importer\n\n## What the build checks (校验)\n\n## With the importer\n',
    'src/scoring/rule-sets/gz-2023.json': '{}',
    'tests/fixtures/import/虚构镇-2024-2025-interim.txt': '',
  });

  it('passes links to files, folders, headings (GitHub slugs, repeats numbered, Chinese kept) and percent-encoded names', () => {
    const md = [
      '# Guide',
      '',
      '## Same page',
      '',
      'See [the importer](../guides/add-a-report.md#with-the-importer), [again](../guides/add-a-report.md#with-the-importer-1),',
      '[checks](../guides/add-a-report.md#what-the-build-checks-校验), [the rules](../../src/scoring/rule-sets/),',
      '[gz-2023](../../src/scoring/rule-sets/gz-2023.json#L3), [home](/README.md), [up](#same-page),',
      '[a town](../../tests/fixtures/import/%E8%99%9A%E6%9E%84%E9%95%87-2024-2025-interim.txt), [web](https://astro.build/),',
      'a [reference][ref], and `[not a link](nowhere.md)` in code.',
      '',
      '```md',
      '[also not a link](nowhere.md)',
      '```',
      '',
      '[ref]: ../../README.md',
    ].join('\n');
    expect(brokenLinks('docs/reference/example.md', md, repo)).toEqual([]);
  });

  it('fails a link to a missing file, with the file, line and target', () => {
    const md = '# Guide\n\nSee [budgets](../../tools/site/budgets.ts).\n';
    expect(brokenLinks('docs/reference/gates.md', md, repo)).toEqual([
      'docs/reference/gates.md:3: ../../tools/site/budgets.ts: no such file or folder (tools/site/budgets.ts)',
    ]);
  });

  it('fails an anchor that is no heading of its target, or of the file itself', () => {
    const md = '# Guide\n\n[a](../guides/add-a-report.md#by-hand) [b](#nowhere) [c][d]\n\n[d]: ../guides/gone.md\n';
    expect(brokenLinks('docs/reference/x.md', md, repo)).toEqual([
      'docs/reference/x.md:3: ../guides/add-a-report.md#by-hand: no heading #by-hand in docs/guides/add-a-report.md',
      'docs/reference/x.md:3: #nowhere: no heading #nowhere in docs/reference/x.md',
      'docs/reference/x.md:5: ../guides/gone.md: no such file or folder (docs/guides/gone.md)',
    ]);
  });

  it('fails a link that leaves the repository', () => {
    expect(brokenLinks('README.md', '[shared](../shared/reports/)\n', repo)).toEqual(['README.md:1: ../shared/reports/: points outside the repository']);
  });
});

describe('the repository’s Markdown', () => {
  const files = markdownFiles();

  it('is found: the README, the docs and the results', () => {
    expect(files).toContain('README.md');
    expect(files.filter((f) => f.startsWith('docs/')).length).toBeGreaterThan(5);
    expect(files.filter((f) => f.startsWith('results/')).length).toBeGreaterThan(2);
  });

  it('has no broken relative link or anchor', () => {
    expect(files.flatMap((f) => brokenLinks(f, disk.read(f), disk))).toEqual([]);
  });
});

// Every built page is valid HTML (html-validate, config in .htmlvalidate.mjs) and every internal link and
// #anchor in it resolves to a file in dist/ and an element in that file.
import { readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { brokenLinks, missingIcon, PLANNED_ROUTES, type LinkProblem } from './links.ts';
import { builtPages, matchesPattern, routeSourceExists, SAMPLE_PER_TEMPLATE, samplePerTemplate } from '../../tools/site/built-site.ts';
import { templateOf } from '../../tools/site/budgets.ts';
import astroConfig from '../../astro.config.mjs';

const pages = builtPages();
// Links are checked on every page; markup, the same for every page of a template, on a sample when GATES_SAMPLE is set.
const validated = SAMPLE_PER_TEMPLATE ? samplePerTemplate(pages, SAMPLE_PER_TEMPLATE, templateOf) : pages;
const validator = new HtmlValidate(new FileSystemConfigLoader());
const siteOrigin = new URL(astroConfig.site ?? 'http://localhost').origin;

/**
 * The one <style> Astro's island runtime writes in the body, before the first island of a page. A <style>
 * in <body> is not conforming HTML, but it is Astro's, not ours: it is removed before validation (exactly
 * this string, so any other misplaced <style> is still reported).
 */
const ASTRO_ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/** Errors of one page, at most `perRule` listed per rule so a repeated fault stays readable. */
async function validationErrors(file: string, path: string, perRule = 4): Promise<string[]> {
  const html = readFileSync(file, 'utf8').replaceAll(ASTRO_ISLAND_STYLE, '');
  const report = await validator.validateString(html, file);
  const byRule = new Map<string, string[]>();
  for (const m of report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2)) {
    const list = byRule.get(m.ruleId) ?? [];
    list.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message} — ${m.selector ?? ''}`);
    byRule.set(m.ruleId, list);
  }
  return [...byRule.entries()].flatMap(([rule, list]) =>
    list.length > perRule ? [...list.slice(0, perRule), `${path}: ${rule}: … and ${list.length - perRule} more like these`] : list,
  );
}

describe('every built page is valid HTML', () => {
  it('finds the pages in dist/', () => {
    expect(pages.map((p) => p.path)).toContain('/');
  });

  it.each(validated.map((p) => [p.path, p.file]))('%s', async (path, file) => {
    const errors = await validationErrors(file, path);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('catches invalid markup (guard)', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="zh-CN"><head><title>x</title></head><body><div id="a"></div><div id="a"><p><div>块</div></p></div><img src="x.png"></body></html>',
      'guard.html',
    );
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'wcag/h37']));
  });
});

/** A missing target is pending while the page it belongs to has no source yet (another issue builds it). */
function isPending(problem: LinkProblem): boolean {
  const target = problem.missing;
  if (!target) return false;
  const route = PLANNED_ROUTES.find((r) => matchesPattern(r, target));
  return route !== undefined && !routeSourceExists(route);
}

const linkProblems = pages.map((p) => ({ page: p, problems: brokenLinks(p, siteOrigin) }));

describe('every internal link and #anchor resolves', () => {
  it.each(linkProblems.map((l) => [l.page.path, l.page, l.problems] as const))('%s', (_path, page, problems) => {
    const broken = problems.filter((p) => !isPending(p)).map((p) => p.message);
    const icon = missingIcon(page);
    if (icon) broken.push(icon);
    expect(broken, broken.join('\n')).toEqual([]);
  });

  it('links to pages of the URL map that are not built yet (skipped while their source is missing)', (ctx) => {
    const pending = [...new Set(linkProblems.flatMap((l) => l.problems.filter(isPending).map((p) => p.missing!)))];
    if (pending.length) ctx.skip(`pending, no source in src/pages yet: ${pending.join(', ')}`);
    expect(pending).toEqual([]);
  });
});

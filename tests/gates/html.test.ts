// Every built page is valid HTML (html-validate, config in .htmlvalidate.json) and every internal link and
// #anchor in it resolves to a file in dist/ and an element in that file.
import { readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { brokenLinks } from './links.ts';
import { builtPages } from './site.ts';
import astroConfig from '../../astro.config.mjs';

const pages = builtPages();
const validator = new HtmlValidate(new FileSystemConfigLoader());
const siteOrigin = new URL(astroConfig.site ?? 'http://localhost').origin;

async function validationErrors(file: string, path: string): Promise<string[]> {
  const report = await validator.validateString(readFileSync(file, 'utf8'), file);
  return report.results.flatMap((r) =>
    r.messages.filter((m) => m.severity === 2).map((m) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message} — ${m.selector ?? ''}`),
  );
}

describe('every built page is valid HTML', () => {
  it('finds the pages in dist/', () => {
    expect(pages.map((p) => p.path)).toContain('/');
  });

  it.each(pages.map((p) => [p.path, p.file]))('%s', async (path, file) => {
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

describe('every internal link and #anchor resolves', () => {
  it.each(pages.map((p) => [p.path, p.file]))('%s', (path, file) => {
    const problems = brokenLinks({ path, file }, siteOrigin);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

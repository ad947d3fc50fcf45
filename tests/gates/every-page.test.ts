// Every built page, in Chromium at 320 px: axe-core WCAG 2.2 A/AA with target size, no console error, no
// request leaving localhost, no horizontal scroll, text ≥ 18 px. Pages are discovered in dist/.
import { describe, expect } from 'vitest';
import { it } from '../harness/fixture.ts';
import { auditPage } from './page-audit.ts';
import { templateOf } from '../../tools/site/budgets.ts';
import { builtPages, SAMPLE_PER_TEMPLATE, samplePerTemplate } from '../../tools/site/built-site.ts';

// Every page; on the city slice (GATES_SAMPLE) a few of each template, as these run one Chromium visit each.
const pages = SAMPLE_PER_TEMPLATE ? samplePerTemplate(builtPages(), SAMPLE_PER_TEMPLATE, templateOf) : builtPages();

describe('every built page passes the page gates in Chromium', () => {
  it('finds the pages in dist/', () => {
    expect(pages.map((p) => p.path)).toContain('/');
  });

  it.for(pages.map((p) => p.path))('%s', async (path, { openPage }) => {
    const { problems, watched } = await auditPage(openPage, path);
    await watched.context.close();
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

// Guards the gates: a page breaking each rule must be reported, or a green run above proves nothing.
const BAD_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>坏页面</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { font-size: 18px; color: #111; background: #fff; }
  .wide { width: 600px; height: 10px; }
  .small { font-size: 14px; }
  .tiny-button { width: 20px; height: 20px; padding: 0; font-size: 18px; }
  @media (prefers-color-scheme: dark) { body { background: #121417; } .dim { color: #333; } }
</style></head>
<body><main>
  <h1>坏页面</h1>
  <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
  <div class="wide"></div>
  <p class="small">小字</p>
  <p class="dim">深色模式下看不清</p>
  <astro-island ssr client="visible" component-url="/_astro/Missing.js"><p>岛</p></astro-island>
  <button class="tiny-button">一</button><button class="tiny-button">二</button>
  <script>console.error('boom'); fetch('https://cdn.example.com/x.js').catch(() => {});</script>
</main></body></html>`;

describe('the page gates catch a page that breaks them', () => {
  it('reports axe, dark contrast, target size, overflow, small text, console error, dead island and foreign request', async ({ origin, openPage }) => {
    const fixturePath = '/__gate-fixture__/';
    const { problems, watched } = await auditPage(async (options) => {
      const w = await openPage(options);
      await w.context.route(new URL(fixturePath, origin).href, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: BAD_PAGE }),
      );
      return w;
    }, fixturePath);
    await watched.context.close();
    const text = problems.join("\n");
    expect(text).toMatch(/axe image-alt .*light/);
    expect(text).toMatch(/axe target-size .*light/);
    expect(text).toMatch(/axe color-contrast .*dark.*dim/);
    expect(text).toMatch(/horizontal scroll: page is \d+ px wide at 320 px: <div\.wide> reaches \d+ px/);
    expect(text).toMatch(/text under 18 px .*<p> "小字" is 14 px/);
    expect(text).toContain('console error: boom');
    expect(text).toContain('island did not hydrate: /_astro/Missing.js (client:visible)');
    expect(text).toContain('request to another host: https://cdn.example.com/x.js');
  });

  it('reports overflow inside a part laid out only near the screen (content-visibility: auto clips it)', async ({ origin, openPage }) => {
    const fixturePath = '/__gate-fixture-deferred__/';
    const page = BAD_PAGE.replace(/<main>[\s\S]*<\/main>/, `<main><h1>坏页面</h1>
  <p style="height: 3000px">第一屏</p>
  <section style="content-visibility: auto; contain-intrinsic-size: auto 500px"><div class="wide deep">屏幕外的部分</div></section>
</main>`);
    const { problems, watched } = await auditPage(async (options) => {
      const w = await openPage(options);
      await w.context.route(new URL(fixturePath, origin).href, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page }));
      return w;
    }, fixturePath);
    await watched.context.close();
    expect(problems.join('\n')).toMatch(/horizontal scroll: page is \d+ px wide at 320 px: <div\.wide\.deep> reaches \d+ px/);
  });
});

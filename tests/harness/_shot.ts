import { chromium } from 'playwright-core';
import { serveStatic } from '../../tools/static-server.ts';
const { server, origin } = await serveStatic('bench/scratch/history-try/dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', String(e)));
for (const [path, file] of process.argv.slice(2).map((a) => a.split('@@')) as [string, string][]) {
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await page.evaluate(async () => { for (let y = 0; y < document.body.scrollHeight; y += 300) { window.scrollTo(0, y); await new Promise((r) => setTimeout(r, 60)); } });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: file, fullPage: true });
  console.log(path, await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth));
}
await browser.close();
server.close();

/**
 * 朗读: the browser's own speech synthesis reads the page in zh-CN. speechSynthesis is replaced
 * by a recorder before the page loads, so the test sees exactly what would be spoken.
 */
import { describe, expect } from 'vitest';
import { PHONE, visit, type WatchedPage } from '../harness/browser.ts';
import { it, type OpenPage } from '../harness/fixture.ts';
import { REPORT_PATH } from './site-pages.ts';

interface Spoken {
  text: string;
  lang: string;
}

/** A page whose speechSynthesis records utterances instead of speaking. */
async function withRecorder(openPage: OpenPage): Promise<WatchedPage> {
  const w = await openPage(PHONE);
  await w.context.addInitScript(() => {
    const log = { spoken: [] as { text: string; lang: string }[], cancels: 0, last: null as SpeechSynthesisUtterance | null };
    (window as unknown as { speechLog: typeof log }).speechLog = log;
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        speak(u: SpeechSynthesisUtterance) {
          log.spoken.push({ text: u.text, lang: u.lang });
          log.last = u;
        },
        cancel() {
          log.cancels += 1;
        },
        getVoices: () => [],
      },
    });
  });
  return w;
}

const spoken = (w: WatchedPage) => w.page.evaluate(() => (window as unknown as { speechLog: { spoken: Spoken[] } }).speechLog.spoken);

describe('朗读 (read aloud)', () => {
  it('reads the report page in zh-CN, from its title through the report text', async ({ openPage }) => {
    const w = await withRecorder(openPage);
    await visit(w, REPORT_PATH);
    const button = w.page.getByRole('button', { name: '朗读' });
    expect(await button.isVisible()).toBe(true);
    await button.click();
    // The click queues every sentence at once; wait for them, and for the button to offer to stop.
    await expect.poll(async () => (await spoken(w)).length).toBeGreaterThan(1);
    const stop = w.page.getByRole('button', { name: '停止朗读' });
    await expect.poll(() => stop.getAttribute('aria-pressed')).toBe('true');
    const said = await spoken(w);
    expect(new Set(said.map((u) => u.lang))).toEqual(new Set(['zh-CN']));
    const all = said.map((u) => u.text).join('');
    const title = (await w.page.locator('main h1').textContent())!.trim();
    expect(all).toContain(title);
    expect(all).toContain('花果山社区');
    // The report text to its end, though it sits far below the first screen (laid out only when near it).
    expect(all).toContain('进驻辖区服务8年');
    expect(all).toContain('广州市流花街社工站购买服务项目社工到岗情况统计表');
    // The button itself is not read.
    expect(said[0]!.text.startsWith('朗读')).toBe(false);
    // While reading, the button offers to stop (checked above); stopping cancels the speech.
    await stop.click();
    await expect.poll(() => w.page.evaluate(() => (window as unknown as { speechLog: { cancels: number } }).speechLog.cancels)).toBe(2);
    await expect.poll(() => w.page.getByRole('button', { name: '朗读' }).getAttribute('aria-pressed')).toBe('false');
    expect(w.consoleErrors).toEqual([]);
  });

  it('resets the button when the last sentence has been spoken', async ({ openPage }) => {
    const w = await withRecorder(openPage);
    await visit(w, '/glossary/');
    await w.page.getByRole('button', { name: '朗读' }).click();
    await expect.poll(async () => (await spoken(w))[0]?.text).toContain('术语表');
    await expect.poll(() => w.page.getByRole('button', { name: '停止朗读' }).count()).toBe(1);
    await w.page.evaluate(() => {
      const u = (window as unknown as { speechLog: { last: SpeechSynthesisUtterance } }).speechLog.last;
      u.onend?.call(u, new Event('end') as SpeechSynthesisEvent);
    });
    await expect.poll(() => w.page.getByRole('button', { name: '朗读' }).isVisible()).toBe(true);
    await expect.poll(() => w.page.getByRole('button', { name: '朗读' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('is hidden where the browser has no speech synthesis, and without JavaScript', async ({ openPage }) => {
    const w = await openPage(PHONE);
    await w.context.addInitScript(() => {
      Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: undefined });
    });
    await visit(w, REPORT_PATH);
    expect(await w.page.locator('[data-read-aloud]').isHidden()).toBe(true);
    await w.context.close();

    const off = await openPage({ ...PHONE, javaScriptEnabled: false });
    await visit(off, REPORT_PATH);
    expect(await off.page.locator('[data-read-aloud]').isHidden()).toBe(true);
  });

  it('is offered on reading pages only, not on the home page or the report index', async ({ openPage }) => {
    const w = await withRecorder(openPage);
    for (const path of ['/stations/liuhua/', '/methodology/']) {
      await visit(w, path);
      expect(await w.page.getByRole('button', { name: '朗读' }).isVisible(), path).toBe(true);
    }
    for (const path of ['/', '/reports/']) {
      await visit(w, path);
      expect(await w.page.locator('[data-read-aloud]').count(), path).toBe(0);
    }
  });
});

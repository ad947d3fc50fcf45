// The Starlight comparison of issue 27: `node scripts/bench/starlight.ts [--reports N] [--real-copies] [--out DIR]
// [--build]` writes a Starlight site holding the same report texts as the bench's city (tools/fictional-city/,
// or with --real-copies the copies of the real report), in a folder of its own with its own package.json
// (Astro and @astrojs/starlight from the npm registry, outside the project's lockfile), and installs it.
// With --build it also builds it once (`npx astro build`: Starlight runs its own Pagefind step) and says how
// long that took; for the side-by-side timing run its build command beside the portal's, on a quiet machine.
//
// The texts are the report bodies as the portal renders them: each becomes a page of Starlight's docs
// collection, titled as the portal titles it, with the findings blocks as plain <div>s (Starlight has no
// <Findings>; the text inside is the same Markdown). Starlight's language is zh-CN, so Pagefind segments the
// Chinese as it does for the portal.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fictionalCity, realCopiesCity } from '../../tools/fictional-city/index.ts';

/** Starlight 0.42 is the release for Astro 7; the same Astro as the portal's. */
const STARLIGHT = '0.42.4';
const ASTRO = '7.3.5';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '1056' },
    'real-copies': { type: 'boolean', default: false },
    out: { type: 'string' },
    build: { type: 'boolean', default: false },
  },
});
const n = Number(values.reports);
if (!Number.isInteger(n) || n < 1) {
  console.error('usage: node scripts/bench/starlight.ts [--reports N] [--real-copies] [--out DIR] [--build]');
  process.exit(2);
}
const out = resolve(values.out ?? join(tmpdir(), `starlight-${values['real-copies'] ? 'real' : 'city'}-${n}`));
const city = values['real-copies'] ? realCopiesCity({ reports: n }) : fictionalCity({ reports: n });

// A fresh site, keeping an earlier install's node_modules (the packages do not change between runs).
for (const entry of ['src', 'dist', '.astro', 'astro.config.mjs', 'package.json']) rmSync(join(out, entry), { recursive: true, force: true });
mkdirSync(join(out, 'src', 'content', 'docs', 'reports'), { recursive: true });
writeFileSync(
  join(out, 'package.json'),
  `${JSON.stringify({ name: 'starlight-comparison', private: true, type: 'module', scripts: { build: 'astro build' }, dependencies: { astro: ASTRO, '@astrojs/starlight': STARLIGHT } }, null, 2)}\n`,
);
writeFileSync(
  join(out, 'astro.config.mjs'),
  `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://starlight-comparison.example.org',
  integrations: [starlight({ title: '社工站评估报告', defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })],
});
`,
);
writeFileSync(
  join(out, 'src', 'content.config.ts'),
  `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
);
writeFileSync(join(out, 'src', 'content', 'docs', 'index.mdx'), `---\ntitle: 社工站评估报告\n---\n\n共 ${city.reports.length} 份报告。\n`);
for (const report of city.reports) {
  const end = report.mdx.indexOf('\n---\n', 4);
  const title = /^title: "?(.*?)"?$/m.exec(report.mdx.slice(0, end))?.[1] ?? report.id;
  const body = report.mdx
    .slice(end + 5)
    .replace(/<Findings kind="(\w+)"[^>]*>/g, '<div class="findings" data-kind="$1">')
    .replaceAll('</Findings>', '</div>');
  writeFileSync(join(out, 'src', 'content', 'docs', 'reports', `${report.id}.mdx`), `---\ntitle: ${JSON.stringify(`${title}（${report.serviceYear}）`)}\n---\n\n${body}`);
}
console.log(`Wrote ${city.reports.length} report pages to ${out}`);

if (!existsSync(join(out, 'node_modules', '@astrojs', 'starlight'))) {
  console.log(`npm install (astro ${ASTRO}, @astrojs/starlight ${STARLIGHT}) …`);
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: out, stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}

if (values.build) {
  const start = performance.now();
  const build = spawnSync('npx', ['astro', 'build'], { cwd: out, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
  console.log(`Starlight built ${city.reports.length} reports in ${((performance.now() - start) / 1000).toFixed(1)} s (one run; time it side by side, on a quiet machine)`);
} else {
  console.log(`Build it: cd ${out} && rm -rf dist .astro node_modules/.astro && npx astro build`);
}

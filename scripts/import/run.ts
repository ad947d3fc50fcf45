// The report importer: `npm run import -- <file> [--content-dir DIR] [--force]`.
// Reads an evaluation report (.txt, .docx or .pdf in the 协会's template), writes the draft report
// DIR/reports/<station>/<serviceYear>-<interim|final>.mdx and, for a new station, DIR/stations/<id>.yaml
// (DIR defaults to content), never overwriting a file without --force, and ends with the table of every
// figure: field, value, source line, status. Exits 1, writing nothing, when the input cannot be imported.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { importReport, resultTable } from '../../src/import/index.ts';
import { knownRuleSets } from '../../src/import/known-rules.ts';
import { readReport, ReadError } from '../../src/import/read.ts';
import type { KnownStation } from '../../src/import/station.ts';

const USAGE = '用法：npm run import -- <报告文件 .txt/.docx/.pdf> [--content-dir 目录] [--force]';

function fail(message: string): never {
  process.stderr.write(`导入失败：${message}\n未写入任何文件。\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
let file: string | undefined;
let contentDir = 'content';
let force = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--force') force = true;
  else if (a === '--content-dir') contentDir = args[++i] ?? fail(`--content-dir 后面要写目录。${USAGE}`);
  else if (a.startsWith('--')) fail(`未知选项 ${a}。${USAGE}`);
  else if (file) fail(`只能一次导入一个文件。${USAGE}`);
  else file = a;
}
if (!file) fail(USAGE);

/** The stations already on the portal (id, name and district; a derived file's name comes from its report). */
function knownStations(dir: string): KnownStation[] {
  const stationsDir = join(dir, 'stations');
  if (!existsSync(stationsDir)) return [];
  return readdirSync(stationsDir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => {
      const data = (parse(readFileSync(join(stationsDir, f), 'utf8')) ?? {}) as { name?: string; district?: string; fromReport?: string };
      const id = f.replace(/\.ya?ml$/, '');
      const name = data.name ?? titleOfReports(dir, id);
      return { id, ...(name ? { name } : {}), ...(data.district ? { district: data.district } : {}) };
    });
}

/** A station file derived from its report has no name of its own: the name is in its reports' titles. */
function titleOfReports(dir: string, id: string): string | null {
  const reportsDir = join(dir, 'reports', id);
  if (!existsSync(reportsDir)) return null;
  for (const f of readdirSync(reportsDir).filter((x) => x.endsWith('.mdx'))) {
    const title = /^title:\s*(.+)$/m.exec(readFileSync(join(reportsDir, f), 'utf8'))?.[1];
    const name = title && /^(.*?社工服务站)/.exec(title.replace(/^["']/, ''))?.[1];
    if (name) return name;
  }
  return null;
}

const started = performance.now();
let source: string;
try {
  source = await readReport(file);
} catch (e) {
  if (e instanceof ReadError) fail(e.message);
  throw e;
}
const readMs = performance.now() - started;
const result = importReport(source, { ruleSets: knownRuleSets(), stations: knownStations(contentDir), sourceName: basename(file) });
const importMs = performance.now() - started - readMs;
if (!result.ok) fail(result.message);

const targets = [{ path: join(contentDir, result.reportPath), text: result.mdx }];
if (result.station) targets.push({ path: join(contentDir, result.station.path), text: result.station.yaml });
const existing = targets.filter((t) => existsSync(t.path));
if (existing.length > 0 && !force) {
  fail(`${existing.map((t) => t.path).join('、')} 已存在；要覆盖请加 --force`);
}
for (const t of targets) {
  mkdirSync(dirname(t.path), { recursive: true });
  writeFileSync(t.path, t.text);
}

process.stdout.write(`${resultTable(result.rows)}\n\n`);
for (const t of targets) process.stdout.write(`已写入 ${relative(process.cwd(), t.path) || t.path}${existing.some((e) => e.path === t.path) ? '（覆盖）' : ''}\n`);
process.stdout.write(`评分规则：${result.ruleSetId}。读取 ${readMs.toFixed(0)} ms，导入 ${importMs.toFixed(0)} ms。\n`);
if (result.unresolved > 0) {
  process.stdout.write(`有 ${result.unresolved} 项写成了“待核对”标记：按报告填好（表中 missing / failed check 各行），构建才会通过。\n`);
}
const labels = result.rows.filter((r) => r.status === 'derived' && /请校对$/.test(r.note ?? '')).length;
if (labels > 0) {
  process.stdout.write(`有 ${labels} 个指标名称和数字标签是从句子里推出的（表中“推算 derived：…请校对”各行）：请对照原文确认。\n`);
}
process.stdout.write('下一步：对照原报告校对草稿，然后 npm run build。\n');

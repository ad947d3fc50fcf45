/**
 * The content collections' loaders: Astro's glob loader, with every content check run while the files
 * are read, so one build reports every problem of every report and station together, one line each,
 * and stops before any page is rendered. The checks are not here: a report is checked whole (schema,
 * figures, body, station) by src/reports/validate.ts; a station file is derived from its report when it
 * says `fromReport:`, then checked and cross-checked against the reports it cites by src/stations/validate.ts.
 * Here: reading the files, the ids, and each problem's file line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import { duplicateIdProblem } from '../reports/validate.ts';
import { reportId, type Stage } from '../schemas/report/identity.ts';
import type { ReportStationFacts } from '../stations/cross-check.ts';
import { stationFileProblems } from '../stations/validate.ts';
import { contentError, fieldPath, formatProblem, lineFinder, yamlPart, type ContentProblem } from './problems.ts';
import { checkReportFile } from './report-file.ts';

const COLLECTIONS = ['reports', 'stations'] as const;
type Name = (typeof COLLECTIONS)[number];

/** Problems of this build, per collection; a loader with problems waits for the other so both are told at once. */
const finished = new Map<Name, ContentProblem[]>();
let wake: (() => void) | null = null;
let allDone = new Promise<void>((resolve) => (wake = resolve));

async function finish(name: Name, problems: ContentProblem[]): Promise<void> {
  finished.set(name, problems);
  if (COLLECTIONS.every((c) => finished.has(c))) wake?.();
  if (problems.length === 0) return;
  // The other collection is read at the same time; wait for it (not forever: in dev one may load alone).
  await Promise.race([allDone, new Promise((r) => setTimeout(r, 20_000).unref())]);
  const all = COLLECTIONS.flatMap((c) => finished.get(c) ?? []);
  finished.clear();
  allDone = new Promise<void>((resolve) => (wake = resolve));
  if (all.length > 0) throw contentError('内容校验失败', all.map(formatProblem));
}

const rel = (root: string, file: string) => relative(root, file) || file;

function stationFileExists(dir: string, id: string): boolean {
  return ['yaml', 'yml', 'json'].some((ext) => existsSync(join(dir, `${id}.${ext}`)));
}

/** Astro hands the glob loader its entry types by extension; the field is not in LoaderContext's public type. */
type EntryTypes = Map<string, { extensions: string[]; getEntryInfo: (...args: never[]) => unknown }>;

/**
 * The context with `ext` read for its frontmatter only. The MDX integration's own entry type makes every
 * .mdx entry a module of the server build, and one build bundling every report is what made its memory
 * grow with the archive; report pages render their body themselves (src/reports/body.ts). If Astro stops
 * passing entry types, nothing changes but the memory (the bench would show it).
 */
function frontmatterOnly(ctx: LoaderContext, ext: string): LoaderContext {
  const entryTypes = (ctx as LoaderContext & { entryTypes?: EntryTypes }).entryTypes;
  const type = entryTypes?.get(ext);
  if (!entryTypes || !type) return ctx;
  const { getEntryInfo, extensions } = type;
  return { ...ctx, entryTypes: new Map([...entryTypes, [ext, { getEntryInfo, extensions }]]) } as LoaderContext;
}

/** Reports: schema, figures and body checked per file; ids from what the report is (station + year + stage). */
export function reportsLoader(base: string, stationsDir: string): Loader {
  const fileById = new Map<string, string>();
  const problems: ContentProblem[] = [];
  const inner = glob({
    pattern: '**/*.mdx',
    base,
    // The body is not kept in the data store, which is bundled whole into the build: the report page
    // reads and renders its own file (src/reports/body.ts), and the body check reads the file too.
    retainBody: false,
    // Stable id from what the report is, not where its file sits: liuhua-2023-2024-final.
    generateId: ({ entry, data }) => {
      const id =
        typeof data.station === 'string' && typeof data.serviceYear === 'string' && typeof data.stage === 'string'
          ? reportId(data.station, data.serviceYear, data.stage as Stage)
          : entry.replace(/\.mdx$/, '').replaceAll('/', '-');
      const claimed = fileById.get(id);
      // Two files of the same station, year and stage would silently replace one another. (In dev a
      // renamed file leaves its old name behind: only a claim by a file that still exists counts.)
      if (claimed !== undefined && claimed !== entry && existsSync(join(base, claimed))) {
        const p = duplicateIdProblem(id, join(base, claimed));
        problems.push({ file: join(base, entry), line: 1, field: fieldPath(p.path), message: p.message });
      }
      fileById.set(id, entry);
      return id;
    },
  });
  return {
    name: 'reports-checked',
    load: async (ctx: LoaderContext) => {
      problems.length = 0;
      const root = ctx.config.root.pathname;
      try {
        await inner.load({
          ...frontmatterOnly(ctx, '.mdx'),
          parseData: async (props) => {
            const file = props.filePath ?? '';
            const found = checkReportFile(rel(root, file), readFileSync(file, 'utf8'), props.data, (id) => stationFileExists(stationsDir, id));
            if (found.length > 0) {
              problems.push(...found);
              return props.data as typeof props.data;
            }
            return ctx.parseData(props);
          },
        });
      } catch (e) {
        problems.push({ file: base, line: 1, field: '（读取）', message: (e as Error).message.split('\n')[0]! });
      }
      await finish('reports', problems);
    },
  };
}

/** Every report's frontmatter by id, read once and only when a station needs it. */
function reportIndex(base: string): Map<string, { file: string; data: Record<string, any> }> {
  const index = new Map<string, { file: string; data: Record<string, any> }>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.mdx')) {
        try {
          const data = parse(yamlPart(readFileSync(path, 'utf8'), true).yaml) as Record<string, any> | null;
          if (data && typeof data.station === 'string' && typeof data.serviceYear === 'string' && (data.stage === '中期' || data.stage === '末期')) {
            index.set(reportId(data.station, data.serviceYear, data.stage), { file: path, data });
          }
        } catch {
          // A report that does not parse is reported by the reports loader.
        }
      }
    }
  };
  if (existsSync(base)) walk(base);
  return index;
}

/** Stations: derived from their report when they say so, then checked and cross-checked. */
export function stationsLoader(base: string, reportsDir: string): Loader {
  const inner = glob({ pattern: '**/*.{yaml,yml,json}', base });
  return {
    name: 'stations-checked',
    load: async (ctx: LoaderContext) => {
      const problems: ContentProblem[] = [];
      const root = ctx.config.root.pathname;
      let index: ReturnType<typeof reportIndex> | null = null;
      const reports = () => (index ??= reportIndex(reportsDir));
      const facts = (id: string): ReportStationFacts | undefined => {
        const r = reports().get(id)?.data;
        return r ? ({ ...r, station: r.station } as ReportStationFacts) : undefined;
      };
      try {
        await inner.load({
          ...ctx,
          parseData: async (props) => {
            const file = props.filePath ?? '';
            const line = lineFinder(readFileSync(file, 'utf8'), false);
            const { problems: found, record } = stationFileProblems(props.id, props.data as Record<string, unknown>, facts);
            if (found.length > 0) {
              problems.push(...found.map((p) => ({ file: rel(root, file), line: line(p.path), field: fieldPath(p.path), message: p.message })));
              return props.data as typeof props.data;
            }
            return ctx.parseData({ ...props, data: record as typeof props.data });
          },
        });
      } catch (e) {
        problems.push({ file: base, line: 1, field: '（读取）', message: (e as Error).message.split('\n')[0]! });
      }
      await finish('stations', problems);
    },
  };
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { makeReportSchema, reportId, type Stage } from './schemas/report/index.ts';
import { stationSchema } from './schemas/station.ts';

// The content folders can be pointed elsewhere (the benchmark and the bad-content
// suite build scratch copies); by default they are the repository's content/.
const reportsDir = process.env.REPORTS_DIR ?? './content/reports';
const stationsDir = process.env.STATIONS_DIR ?? './content/stations';

// Which file claimed each id: two reports of the same station, year and stage would otherwise
// silently replace one another.
const fileById = new Map<string, string>();

const reports = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: reportsDir,
    // The body is not kept in the data store: it would be bundled into the build a second time (the MDX
    // module already holds it). getReports() reads the file itself to check the figures in the text.
    retainBody: false,
    // Stable id from what the report is, not where its file sits: liuhua-2023-2024-final.
    generateId: ({ entry, data }) => {
      const id =
        typeof data.station === 'string' && typeof data.serviceYear === 'string' && typeof data.stage === 'string'
          ? reportId(data.station, data.serviceYear, data.stage as Stage)
          : entry.replace(/\.mdx$/, '').replaceAll('/', '-');
      const claimed = fileById.get(id);
      // (In dev a renamed file leaves its old name behind: only a claim by a file that still exists counts.)
      if (claimed !== undefined && claimed !== entry && existsSync(join(reportsDir, claimed))) {
        throw new Error(
          `评估报告校验失败：${reportsDir}/${entry}: id: 报告 id “${id}” 重复 —— ${reportsDir}/${claimed} 已是同一社工站、服务年度和评估阶段的报告`,
        );
      }
      fileById.set(id, entry);
      return id;
    },
  }),
  schema: makeReportSchema(reference('stations')),
});

const stations = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml,json}', base: stationsDir }),
  schema: stationSchema,
});

export const collections = { reports, stations };

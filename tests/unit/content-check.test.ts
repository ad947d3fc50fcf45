// The build's content errors, as an author reads them: one line each, file:line: field: message, with
// the frontmatter line of the field, paths in one style, unknown fields with the field meant.
import { describe, expect, it } from 'vitest';
import { contentError, formatProblem } from '../../src/content-check/problems.ts';
import { checkReportFile } from '../../src/content-check/report-file.ts';
import { unknownFieldMessage } from '../../src/schemas/common.ts';
import { streetAndDistrict } from '../../src/stations/derive.ts';
import { fictionalReportData, reportMdx } from '../../tools/fictional-city/index.ts';
import { parse } from 'yaml';

/** A fictional report file written with one field a line, as an author would, and its problems. */
function check(change: (r: Record<string, any>) => void, extraBody = '') {
  const data = fictionalReportData(1, 'xugou-1') as Record<string, any>;
  change(data);
  const body = reportMdx(data).replace(/^---\n[\s\S]*?\n---\n/, '') + extraBody;
  // Block-style YAML so nested fields have lines of their own.
  const yaml = Object.entries(data)
    .map(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? `${k}:\n${Object.entries(v).map(([k2, v2]) => `  ${k2}: ${JSON.stringify(v2)}`).join('\n')}` : `${k}: ${JSON.stringify(v)}`))
    .join('\n');
  const source = `---\n${yaml}\n---\n\n${body}`;
  const fm = parse(yaml);
  return { lines: checkReportFile('content/reports/xugou-1/2023-2024-final.mdx', source, fm, (id) => id === 'xugou-1').map(formatProblem), source };
}
const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.startsWith(text)) + 1;

describe('checkReportFile', () => {
  it('a valid report has no problems', () => {
    expect(check(() => {}).lines).toEqual([]);
  });

  it('a misspelt optional field: unknown, the field meant, on its own line', () => {
    const { lines, source } = check((r) => void (r.partyMember = 4));
    expect(lines).toEqual([`content/reports/xugou-1/2023-2024-final.mdx:${lineOf(source, 'partyMember:')}: partyMember: 未知字段 partyMember（是否应为 partyMembers？）`]);
  });

  it('a misspelt nested field names its full path and line', () => {
    const { lines, source } = check((r) => void (r.staffing.leaderChange = 0));
    expect(lines).toEqual([`content/reports/xugou-1/2023-2024-final.mdx:${lineOf(source, '  leaderChange:')}: staffing.leaderChange: 未知字段 leaderChange（是否应为 leaderChanges？）`]);
  });

  it('a misspelt required field: the misspelling named, and the field said to be missing (缺少字段)', () => {
    const { lines, source } = check((r) => {
      r.fundingWan = r.fundingWanYuan;
      delete r.fundingWanYuan;
    });
    expect(lines).toEqual([
      `content/reports/xugou-1/2023-2024-final.mdx:${lineOf(source, 'fundingWan:')}: fundingWan: 未知字段 fundingWan（是否应为 fundingWanYuan？）`,
      'content/reports/xugou-1/2023-2024-final.mdx:2: fundingWanYuan: 缺少字段',
    ]);
  });

  it('a key figure the body does not print (313 in the frontmatter, 312 in the body)', () => {
    const { lines } = check((r) => void (r.keyFigures = [{ theme: '志愿服务', label: '培育社区志愿者', value: 313, unit: '人' }]), '\n评估期内培育社区志愿者 312 人。\n');
    expect(lines).toEqual([expect.stringMatching(/^content\/reports\/xugou-1\/2023-2024-final\.mdx:\d+: keyFigures\[0\]\.value: 正文中找不到 frontmatter 所写的 “313人”$/)]);
  });

  it('key figures printed with bounds and Chinese numerals pass: 26 万余元, 超过百场', () => {
    const { lines } = check(
      (r) =>
        void (r.keyFigures = [
          { theme: '资源筹集', label: '链接物资折合人民币价值', value: 26, unit: '万元', qualifier: '余' },
          { theme: '社区服务', label: '各类社区活动', value: 100, unit: '场', qualifier: '超过' },
        ]),
      '\n链接物资折合人民币价值 26 万余元，各类社区活动超过百场。\n',
    );
    expect(lines).toEqual([]);
  });

  it('a body with MDX the page cannot show: each problem on its own line of the file, as field 正文', () => {
    const extra = '\n<Chart data="x" />\n\n评估期内开展活动 {count} 场。\n\n<Findings kind="good">\n\n1. 一项。\n\n</Findings>\n';
    const { lines, source } = check(() => {}, extra);
    const file = 'content/reports/xugou-1/2023-2024-final.mdx';
    expect(lines).toEqual([
      `${file}:${lineOf(source, '<Chart')}: 正文: 报告正文只能使用 <Findings> 组件，不能使用 <Chart>`,
      `${file}:${lineOf(source, '评估期内开展活动')}: 正文: 报告正文不能含有 {…} 表达式（正文的数字请直接写出）`,
      `${file}:${lineOf(source, '<Findings kind="good">')}: 正文: <Findings> 的 kind 应为 "positive"（值得肯定）或 "concern"（需要关注）`,
    ]);
  });

  it('a body that is not MDX at all (a findings block never closed) names the line where the parser stopped', () => {
    const { lines, source } = check(() => {}, '\n<Findings kind="concern">\n\n1. 未关闭的一项。\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/reports\/xugou-1\/2023-2024-final\.mdx:(\d+): 正文: MDX 无法解析：Expected a closing tag for `<Findings>`/);
    // The opening tag that is never closed: the last one in the file (the generated body has its own, closed).
    expect(Number(/:(\d+):/.exec(lines[0]!)![1])).toBe(source.split('\n').lastIndexOf('<Findings kind="concern">') + 1);
  });

  it('schema and figure errors together, in one style of path; an importer marker asks to be filled in', () => {
    const { lines } = check((r) => {
      r.indicators[0].statedRate = Number(r.indicators[0].statedRate) + 1;
      r.serviceModel = '待核对：报告中找不到服务模式';
      r.station = 'xugou-404';
    });
    expect(lines.map((l) => l.replace(/^[^:]+:\d+: /, ''))).toEqual([
      'serviceModel: 导入时未能确定，请按报告填写（待核对：报告中找不到服务模式）',
      expect.stringMatching(/^indicators\[0\]\.statedRate: 指标“建档”完成率（\d+ \/ 380）：报告写 [\d.]+%，按规则计算为 [\d.]+%$/),
      'station: 找不到社工站 “xugou-404”（content/stations/ 下没有这个 id）',
    ]);
  });
});

describe('messages', () => {
  it('suggests the nearest known field, or lists them', () => {
    expect(unknownFieldMessage('fundingWan', ['fundingWanYuan', 'serviceModel'])).toBe('未知字段 fundingWan（是否应为 fundingWanYuan？）');
    expect(unknownFieldMessage('zzz', ['a', 'b'])).toBe('未知字段 zzz（可用字段：a、b）');
  });
  it('the error the build throws has no stack trace, only its lines', () => {
    const e = contentError('内容校验失败', ['a.mdx:3: title: 缺少字段']);
    expect(e.message).toBe('内容校验失败（1 处）：\na.mdx:3: title: 缺少字段');
    expect(e.stack).toBe('');
  });
  it('a station’s street and district come from the purchaser: 街道 or 镇', () => {
    expect(streetAndDistrict('广州市越秀区流花街道办事处')).toEqual({ district: '越秀区', street: '流花街道' });
    expect(streetAndDistrict('广州市虚构区虚构镇人民政府')).toEqual({ district: '虚构区', street: '虚构镇' });
  });
});

// The one indicator table of every fictional report: the real report's 14 indicators (流花街 2023–2024 末期),
// with typical yearly targets (rounded from that report's derived ones). The city's reports carry all 14; a
// numbered report carries a few of them (NUMBERED_REPORT_INDICATORS); the sample report its own figures of two.

export interface IndicatorRow {
  key: string;
  name: string;
  /** The 专业… group an indicator belongs to, as the report prints it. */
  group?: string;
  unit: string;
  /** A typical yearly target. */
  target: number;
}

export const INDICATORS: readonly IndicatorRow[] = [
  { key: 'records', name: '建档', unit: '份', target: 380 },
  { key: 'phone-visits', name: '电访', unit: '个', target: 1500 },
  { key: 'home-visits', name: '探访', unit: '个', target: 1680 },
  { key: 'consultation-cases', name: '咨询个案', unit: '个', target: 300 },
  { key: 'cases-opened', name: '专业个案接案', group: '专业个案', unit: '个', target: 70 },
  { key: 'cases-closed', name: '专业个案完成', group: '专业个案', unit: '个', target: 56 },
  { key: 'case-sessions', name: '专业个案服务节数', group: '专业个案', unit: '节', target: 420 },
  { key: 'groups', name: '专业小组', group: '专业小组', unit: '个', target: 20 },
  { key: 'group-sessions', name: '专业小组节数', group: '专业小组', unit: '节', target: 120 },
  { key: 'group-attendance', name: '专业小组服务人次', group: '专业小组', unit: '人次', target: 720 },
  { key: 'large-events', name: '大型社区活动', group: '大型社区活动', unit: '个', target: 25 },
  { key: 'large-event-attendance', name: '大型社区活动服务人次', group: '大型社区活动', unit: '人次', target: 2000 },
  { key: 'small-events', name: '中小型社区活动', group: '中小型社区活动', unit: '个', target: 60 },
  { key: 'small-event-attendance', name: '中小型社区活动服务人次', group: '中小型社区活动', unit: '人次', target: 2400 },
];

/** The rows of the table with these keys, in the order given. */
export function indicatorRows(keys: readonly string[]): IndicatorRow[] {
  return keys.map((key) => {
    const row = INDICATORS.find((r) => r.key === key);
    if (!row) throw new Error(`no indicator ${key} in the fictional indicator table`);
    return row;
  });
}

/** The indicators of a numbered report (tools/fictional-city/numbered.ts): six, enough for every check. */
export const NUMBERED_REPORT_INDICATORS = ['records', 'phone-visits', 'home-visits', 'cases-opened', 'groups', 'large-events'] as const;

/** The population categories a city report counts (困难群众和特殊群体). */
export const POPULATION = ['低保和低保边缘', '特困', '残疾人', '困境儿童', '孤寡老人', '空巢老人', '独居老人', '失能老人', '重残老人', '计划生育特殊家庭'];

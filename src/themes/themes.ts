/**
 * The themes of the evaluators' findings (值得肯定 / 需要关注), as data: each theme with the words that place a
 * point in it, taken from the wording of the real report (content/reports/liuhua/). A point may raise more
 * than one theme (a concern about 稳岗率 and 交接清单 is team stability and records); a point that holds none
 * of the words is 其他 (OTHER_THEME), counted, never dropped. To add a theme or a word, edit this list; each
 * theme has its test on real sentences (tests/unit/themes.test.ts).
 */
export interface Theme {
  id: string;
  name: string;
  /** What the theme covers, as /overview/themes/ says it. */
  description: string;
  /** A point mentioning any of these is in the theme (plain substrings, matched as written). */
  words: readonly string[];
}

export const THEMES: readonly Theme[] = [
  {
    id: 'team',
    name: '团队稳定与建设',
    description: '人员稳定、稳岗率、负责人变更、人事交接、人员配备与到岗、社工培训与共学。',
    words: ['人员稳定', '稳定性', '稳岗', '团队', '交接', '人事', '到岗', '配备', '项目负责人', '培训', '共学', '以老带新', '职业技能', '资质'],
  },
  {
    id: 'needs',
    name: '需求摸排',
    description: '识别服务对象、摸排和分析需求。',
    words: ['需求摸排', '摸排', '摸查', '需求评估', '需求调查', '需求调研', '需求分析', '分析需求', '识别对象', '个别化需求'],
  },
  {
    id: 'design',
    name: '服务设计与管理',
    description: '服务模式、计划与流程，管理制度和服务质量，对管理办法要求的理解和落实。',
    words: ['服务设计', '服务计划', '服务方案', '服务模式', '服务机制', '服务流程', '全流程', '管理制度', '服务质量', '管理办法', '专业介入'],
  },
  {
    id: 'outcomes',
    name: '成效呈现',
    description: '服务成效和经验的总结、提炼、案例撰写与发表。',
    words: ['成效', '成果', '提炼', '总结', '案例', '期刊', '发表', '经验'],
  },
  {
    id: 'publicity',
    name: '宣传',
    description: '服务宣传与推广、信息公示、媒体报道、宣传阵地。',
    words: ['宣传', '推广', '公示', '知晓', '公众号', '报道', '媒体', '上墙'],
  },
  {
    id: 'structure',
    name: '站—片—点',
    description: '社工站、片区、社工点的布局和驻点服务。',
    words: ['站—片—点', '片区层面', '社工点', '驻点', '站（点）', '分站', '一社区一社工', '划分了'],
  },
  {
    id: 'resources',
    name: '五社联动与资源',
    description: '五社联动、双工联动、志愿者、慈善和资源链接。',
    words: ['五社联动', '双工', '联动', '资源', '链接', '志愿', '慈善', '机团', '微心愿'],
  },
  {
    id: 'hotline',
    name: '热线',
    description: '“红棉守护”等服务热线的开通、宣传和使用。',
    words: ['热线', '红棉守护'],
  },
  {
    id: 'records',
    name: '档案与记录',
    description: '服务记录、档案、归档、数据报表和资料。',
    words: ['档案', '归档', '记录', '台账', '报表', '资料'],
  },
];

/** Where a point with none of the themes' words is counted. */
export const OTHER_THEME: Theme = { id: 'other', name: '其他', description: '不含以上任何主题用词的意见。', words: [] };

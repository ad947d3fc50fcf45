/**
 * The glossary: terms the evaluation reports use, defined modestly and, where the report explains a
 * term itself, in the report's own words (`reportWords`, quoted from the 流花街 2023–2024 末期评估报告).
 * Rule values (maxima, grade bands, the 稳岗率 floor) are read from the rule set that report was scored
 * under (its frontmatter says `rules: gz-2023`), never typed here; the definitions name that set and
 * link its methodology page.
 */
import { ruleSetById } from '../scoring/index.ts';
import { urls } from '../site/urls.ts';
import { countWord, indicatorRule, retentionRule, ruleSetName } from '../wording/phrases.ts';
import { COMPLETION_RATE, rateFormula } from '../wording/formulas.ts';

/** The rule set of the report the glossary quotes (content/reports/liuhua/2023-2024-final.mdx). */
const QUOTED_RULES_ID = 'gz-2023';
const rules = ruleSetById(QUOTED_RULES_ID);
if (!rules) throw new Error(`src/glossary/terms.ts: 找不到评估规则 “${QUOTED_RULES_ID}”`);
const method = `按${ruleSetName(rules)}`;

export interface GlossaryTerm {
  /** Anchor on /glossary/ (ASCII, stable: other pages link to /glossary/#id). */
  id: string;
  /** The term as the reports write it. */
  term: string;
  /** Other spellings that mean the same term (matched when linking text). */
  aliases?: readonly string[];
  /** Plain-language definition. */
  definition: string;
  /** The report's own explanation, quoted. */
  reportWords?: string;
  /** A page that explains more (e.g. the methodology section). */
  more?: { href: string; label: string };
}

const partyList = rules.parties.map((p) => `${p.fullName}（${p.maxPoints} 分）`).join('、');
const gradeList = rules.bands.map((b) => `${b.wording}为${b.grade}`).join('，');
const more = (section: string) => `${urls.methodology(rules.id)}#${section}`;

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'shegongzhan',
    term: '社工站',
    aliases: ['社工服务站'],
    definition:
      '社会工作服务站，设在镇（街道），由社会工作者为辖区居民、特别是困难群众和特殊群体提供专业服务。每个社工站是一个政府购买服务项目：镇人民政府或街道办事处是项目购买方，区民政局是项目监督方，由社会服务机构承接运营（项目承办方）。',
  },
  {
    id: 'shegongdian',
    term: '社工点',
    definition:
      '社工站在社区一级的服务点。社工点的社工面向具体的服务对象提供服务；社区片在其上统筹，社工站再统筹全站的年度服务计划。',
    reportWords: '推进“社工站—社区片（东西片）—社工点（5 个社区）”服务框架的搭建',
  },
  {
    id: 'shequpian',
    term: '社区片',
    aliases: ['片区'],
    definition:
      '社工站把辖区划分成的若干片区，每个片区包含几个社区。社区片按各社区困难群众和特殊群体的共性需求设计服务项目，并做好服务成效的总结提炼。',
    reportWords: '根据辖区实际情况和购买方需求，划分了 2 个片区开展社会工作专业服务',
  },
  {
    id: 'zhan-pian-dian',
    term: '站—片—点',
    aliases: ['站一片一点', '社工站—片区—社工点'],
    definition: '社工站、社区片、社工点三级服务框架。报告中也写作“站一片一点”或“社工站—片区—社工点”。',
  },
  {
    id: 'shuangbai',
    term: '双百工程',
    aliases: ['双百'],
    definition:
      '广东省推行的镇（街道）社工服务站建设工程，简称“双百”。报告中的社工站按“双百工程”模式划分片区、设立社工点开展服务，社工参加“双百”督导的培训共学。',
    reportWords: '社工站本年度按照“双百工程”模式，根据辖区实际情况和购买方需求，划分了 2 个片区开展社会工作专业服务',
  },
  {
    id: 'wushe-liandong',
    term: '五社联动',
    definition:
      '社工、社区、社会组织、社区志愿者与社会慈善资源五方面力量联动，共同服务困难群众和特殊群体、营造社区慈善公益氛围。',
    reportWords: '社工站通过社工、社区、社会组织、社区志愿者与社会慈善资源的联动关爱困难群众和特殊群体',
  },
  {
    id: 'doudi-fuwu',
    term: '兜底服务',
    aliases: ['兜底民生服务'],
    definition: '面向困难群众和特殊群体的基本民生保障服务，包括为他们建档、电话访问、上门探访和危机介入等。',
    reportWords: '兜底服务层面扩大到对困难群众和特殊群体的建档、探访、电访全覆盖',
  },
  {
    id: 'kunnan-qunzhong',
    term: '困难群众和特殊群体',
    definition:
      '社工站重点服务的人群。报告列出的类别有：低保和低保边缘、特困、残疾人、困境儿童、孤寡老人、空巢老人、独居老人、失能老人、重残老人、计划生育特殊家庭。各站人数见各自的评估报告。',
  },
  {
    id: 'hongmian-shouhu',
    term: '红棉守护',
    aliases: ['红棉守护热线'],
    definition:
      '社工站按要求运营的“红棉守护”服务热线。居民和服务对象可以打电话咨询政策、申请服务、请求困难协助；社工也通过它联系服务对象。各站的热线号码请看社工站页面。',
    reportWords:
      '社工站将日常的 8 小时热线服务与应急的 24 小时“红棉守护”热线结合……接听的电话多为服务对象和社区居民咨询政策、申请服务、困难协助等',
  },
  {
    id: 'wengang-lv',
    term: '稳岗率',
    aliases: ['人员稳岗率'],
    definition: `评估期内持续稳定在岗的社工人数占应配备岗位数的百分比，反映服务团队是否稳定。${method}，${retentionRule(rules)}。`,
    reportWords: rules.sources[rules.staffing.source ?? '']?.quote ?? '',
    more: { href: more('retention'), label: '稳岗率怎么算' },
  },
  {
    id: 'santu-yibiao',
    term: '三图一表',
    definition:
      '社工点掌握辖区情况的基础资料。报告提到的三张图是《服务对象社区分布地图》《社区资产地图》《社区问题地图》，表是《服务对象家庭信息汇总表》。',
    reportWords: '按照要求完善“三图一表”',
  },
  {
    id: 'shuanggong-liandong',
    term: '双工联动',
    aliases: ['“双工”联动'],
    definition: '社工站的项目社工与街道事务性岗位社工协同工作的机制。',
    reportWords: '促进双工在入户探访、制度完善、信息共享、个案跟进、站（点）规范建设等方面积极作为',
  },
  {
    id: 'yi-shequ-yi-shegong',
    term: '一社区一社工',
    definition: '每个社区有一名对接社工，对接社工每天驻点该社区的社工点。',
    reportWords: '项目社工继续实行“一社区一社工”制度，对接社工每天驻点社工点',
  },
  {
    id: 'wei-xinyuan',
    term: '微心愿',
    definition: '困难群众和特殊群体的小心愿，由社工站联动社区和社会慈善力量帮助实现。报告把它列为“五社联动”慈善公益服务的一项内容。',
  },
  {
    id: 'zhongqi-moqi',
    term: '中期评估',
    aliases: ['末期评估'],
    definition:
      '每个服务年度的评估分两次：年度中段的中期评估和年度末的末期评估。报告多次提到社工站在中期评估后按评估意见整改。',
  },
  {
    id: 'kaohe-qi',
    term: '评估考核期',
    aliases: ['考核月份'],
    definition:
      '评估统计数据的时段，以“考核月份”计。服务协议期是社工站与购买方约定的服务年度；评估可能在协议期结束前进行，这时考核期短于协议期。报告中的完成量按考核期统计。',
  },
  {
    id: 'daogang-renci',
    term: '到岗人次',
    aliases: ['应到岗人次', '实到岗人次'],
    definition:
      '社工按月计算的到岗人数之和：一名社工在岗一个月记 1 人次。应到岗人次按协议要求的配备人数计算；实到岗人次多于应到岗人次的部分称为“超配”。',
    more: { href: more('staffing'), label: '到岗情况怎么看' },
  },
  {
    id: 'chizheng-shegong',
    term: '持证社工',
    aliases: ['非持证社工'],
    definition:
      '持有社会工作者职业资格证书的社工，证书分社工师（中级）和助理社工师等级别。未持有这一证书的称为非持证社工。',
    reportWords: '4 名非持证社工已接受社会工作行业组织管理、培训且获得证书',
  },
  {
    id: 'xieyi-zhibiao',
    term: '协议指标量',
    aliases: ['指标完成率'],
    definition: `服务协议约定的服务数量，例如建档份数、电访和探访次数、个案、小组、社区活动的数量和人次。${rateFormula(COMPLETION_RATE)}；${method}，${indicatorRule(rules)}。`,
    more: { href: more('completion'), label: '完成率怎么算' },
  },
  {
    id: 'geanxiaozu',
    term: '个案、小组与社区活动',
    aliases: ['专业个案', '咨询个案', '专业小组'],
    definition:
      '社工服务的三种主要方法，也是协议指标的主要内容：个案是对一个人或一个家庭的服务（分专业个案和咨询个案），小组是把有相同需要的人组织起来开展的一组活动，社区活动面向社区居民（分大型和中小型）。',
  },
  {
    id: 'sifang-pinggu',
    term: '四方评估',
    definition: `${method}，评估总分 ${rules.totalMax} 分，由${countWord(rules.parties.length)}方的评估分数相加：${partyList}。`,
    more: { href: more('parties'), label: '各方评估的分值' },
  },
  {
    id: 'pinggu-dengji',
    term: '评估等级',
    definition: `${method}，按总分分为${countWord(rules.bands.length)}个等级：${gradeList}。`,
    more: { href: more('grades'), label: '等级如何划分' },
  },
];

/** Look a term up by its name or an alias. */
export function findTerm(text: string): GlossaryTerm | undefined {
  const t = text.trim();
  return GLOSSARY.find((g) => g.term === t || g.aliases?.includes(t));
}

export function termById(id: string): GlossaryTerm | undefined {
  return GLOSSARY.find((g) => g.id === id);
}

export function glossaryHref(term: GlossaryTerm): string {
  return urls.glossaryTerm(term.id);
}

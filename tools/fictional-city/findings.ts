// The finding sentences of a city report. They are the evaluators' usual kinds of remark, so a report reads
// like one; the choices vary from report to report, so the search index holds a realistic vocabulary.
import type { Random } from './random.ts';

const GROUPS = ['长者', '残疾人', '困境儿童', '青少年', '独居老人', '低保家庭', '外来务工人员', '计划生育特殊家庭', '重残老人', '社区妇女'];
const THEMES = ['社区花园', '邻里互助', '长者健康', '亲子阅读', '社区慈善', '垃圾分类', '防诈宣传', '文化传承', '安全巡防', '康复支持', '社区议事', '青年志愿'];
const PROJECT_A = ['乐龄', '同心', '暖阳', '邻里', '童心', '银龄', '安心', '彩虹', '友善', '共融', '微光', '知心', '益路', '向阳', '相伴'];
const PROJECT_B = ['同行', '守护', '共建', '花开', '有约', '相助', '心愿', '驿站', '课堂', '茶话', '行动', '计划', '家园', '成长', '连心'];
const METHODS = ['入户探访', '电话访问', '需求调研', '焦点小组', '社区走访', '问卷调查', '个案会谈', '资源地图绘制'];
const PARTNERS = ['社区卫生服务中心', '辖内中小学', '社区居委会', '共建单位党支部', '爱心企业', '高校志愿者团队', '社区长者饭堂', '慈善基金会'];

/** Where a finding is set: a community, a road and the street of the station. */
export interface Place {
  community: string;
  road: string;
  street: string;
}

/** A project name in quotes: “乐龄同行——社区花园计划”. */
function project(r: Random) {
  return `“${r.pick(PROJECT_A)}${r.pick(PROJECT_B)}——${r.pick(THEMES)}${r.pick(['计划', '项目', '行动'])}”`;
}

/** Two or three sentences of praise. */
export function positive(r: Random, c: Place): string {
  const g = r.pick(GROUPS);
  const t = r.pick(THEMES);
  const m = r.some(METHODS, 2);
  const p = r.some(PARTNERS, 2);
  const sentences = [
    `社工站能够按照要求配备服务团队，通过${m[0]}和${m[1]}等方式摸清${c.community}${g}的基本情况，建档资料较为完整，服务记录规范。`,
    `片区围绕${t}主题设计服务，开展了${project(r)}，服务流程较为完整，服务对象参与度较高，值得肯定。`,
    `社工站联动${p[0]}、${p[1]}等资源，在${c.road}一带开展便民服务和政策宣传，服务覆盖面有所扩大，居民对社工站的知晓度有所提升。`,
    `社工能够按照分级管理机制对${g}进行恒常电访、探访，在重大节日开展入户探访，跟进服务对象频率较高，对建档对象的熟悉程度较高。`,
    `社工站重视中期评估意见，结合服务做好改进工作，对资料进行查漏补缺，补充完善了需求调研报告和服务计划，整改成效较为明显。`,
    `在“五社联动”方面，社工站培育社区志愿者骨干，引导${c.street}辖内慈善力量参与困难群众和特殊群体关怀行动，较好地营造了社区互助氛围。`,
    `社工站在${t}服务中注重服务对象的参与和能力提升，组织${g}参与社区活动和互助小组，服务对象的社会支持网络有所加强。`,
    `项目各项管理制度和服务机制逐步完善，及时更新安全、档案、物资等管理制度，健全服务质量内部管理体系，为服务开展提供了保障。`,
    `社工站按照要求运营热线并开展服务，将日常热线服务与应急热线结合，热线服务记录清晰，按月列表记录并单独成册。`,
    `服务宣传工作较中期有所加强，通过公众号、社区报和线下宣传活动推广${t}服务，在${c.community}设置宣传栏，宣传效果较为良好。`,
  ];
  return r.some(sentences, r.int(2, 3)).join('');
}

/** One or two sentences of concern and advice. */
export function concern(r: Random, c: Place): string {
  const g = r.pick(GROUPS);
  const t = r.pick(THEMES);
  const sentences = [
    `建议社工站进一步加强需求摸查，针对${c.community}${g}的共性需求明确服务重点和方向，以项目化思维设计服务，制定更为具体、可行的年度服务计划。`,
    `服务成效呈现不足，仅简单罗列服务主题内容，建议加强对${t}服务成效的系统梳理，突出服务对象的改变和社区关系的变化。`,
    `社工站要关注服务团队人员稳定性问题，加强团队成员之间的沟通和交流，在人员变动、调岗时做好交接和工作资料移交，保障服务衔接顺畅。`,
    `建议因地制宜整合宣传阵地，在${c.road}沿线的服务点公示社工站地址、热线和工作时间等基本信息，便于居民寻找社工和参与服务。`,
    `社工需要有计划、持续性地开展社区走访与入户探访，以问题解决为导向制定个别化服务目标，做好服务留痕和服务监测。`,
    `建议继续强化“五社联动”的服务思路，进一步链接与整合${c.street}辖内各类资源，调动社区组织、志愿者和居民自治团队参与服务。`,
    `服务设计思路不够清晰，社区片服务计划与社工点服务之间的逻辑关系需要进一步理顺，建议加强督导支持和团队内部共学。`,
    `目前民生政策宣传主要以线下活动为主，方式较为单一，建议结合线上公众号、居民群等多种形式扩大政策宣传的覆盖面。`,
  ];
  return r.some(sentences, r.int(1, 2)).join('');
}

/** A numbered <Findings> block, as the report template writes one. */
export function findings(kind: 'positive' | 'concern', items: string[], paren = false): string[] {
  return [
    `<Findings kind="${kind}"${paren ? ' numbering="paren"' : ''}>`,
    '',
    ...items.map((s, i) => `${i + 1}. ${s}`),
    '',
    '</Findings>',
    '',
  ];
}

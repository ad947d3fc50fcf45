// Names of the fictional city's places and people's organisations. Every one says 虚构, and the one source
// every fact cites is a document as fictional as the city: nothing here is published, it is written into
// scratch copies only.
import type { Random } from './random.ts';

/** The one source every fictional station fact cites (a document, so no report wording is cross-checked). */
export const FICTIONAL_SOURCE = { document: '虚构资料（仅供构建测试，不对应任何真实社工站）', retrieved: '2024-01-01' };

/** The city's districts (each becomes 虚构…区), in the order stations fill them. */
export const DISTRICTS = ['东湖', '西岭', '南洲', '北岗', '云台', '珠岸', '白沙', '青枫', '金桥', '石门', '花溪'];

export const ROAD_KINDS = ['路', '大道', '街', '中路', '北路', '南路', '西路', '东路', '大街'];

// Place names are two characters from this pool, each used once in the city (Chinese place names in Guangzhou
// look like this: 桂花、流花、石牌); the 虚构 prefix marks them as invented.
const NAME_CHARS =
  '桂枫榕棠荔兰松竹梅柳杉桃杏梓樟槐芙蓉莲荷菊茶锦绣翠碧青云霞晴明安康宁和平泰福祥瑞丰盛兴隆昌华新惠德仁信义礼智泉溪湖江河塘池湾岗岭山峰坪洲沙石岩桥塔亭苑园庄坊东南西北金银玉珠龙凤鹤燕春秋夏冬朝阳月星';

/** A maker of two-character place names, never the same one twice. */
export function nameMaker(r: Random): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const a = r.pick([...NAME_CHARS]);
      const b = r.pick([...NAME_CHARS]);
      const name = a + b;
      if (a !== b && !used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

const DIGITS = '甲乙丙丁戊己庚辛壬癸';

/** A Chinese-looking name part for a numbered station: 0 → 甲, 10 → 乙甲 … */
export function numberedName(n: number): string {
  let s = '';
  let x = n;
  do {
    s = DIGITS[x % 10] + s;
    x = Math.floor(x / 10);
  } while (x > 0);
  return s;
}

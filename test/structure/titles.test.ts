// Titles that must not swallow the first body sentence, and meta that must not be read from
// garbled text. Texts are as the real samples extract (../shared/samples/real: the 探矿权 licence
// OFD, the 立案决定书 template OFD, the GM/T 0031 PDF with wrong ToUnicode maps).
import { describe, expect, it } from 'vitest';
import { structureDocument } from '../../pipeline/structure/index.ts';
import { asIngest } from './law-files.ts';

const titleOf = (text: string) => structureDocument(asIngest(text)).meta.title;

describe('title detection', () => {
  // [what, extracted text, title]
  const cases: [string, string, string][] = [
    ['a licence explanation: the title is 说明, not 说明 + the wrapped first sentence',
      '说 明\n《矿产资源勘查许可证》是取得探矿权的合法凭证，探矿权申请\n人经发证机关审查合格，领取《矿产资源勘查许可证》即取得探矿权\n人资格。\n一、探矿权人应在批准的勘查范围内依法进行勘查活动。',
      '说明'],
    ['a wrapped line with a comma that is not part of a 关于… title ends the title',
      '数字档案室建设\n国家档案局推出专题，介绍示范数字档案室建设的思路\n与做法，以供大家学习借鉴。',
      '数字档案室建设'],
    ['a 关于… title wrapped at a comma is still one title',
      'XX市人民政府关于进一步加强安全生产工作，\n切实保障人民群众生命财产安全的通知\n各县（区）人民政府：\n现将有关事项通知如下。',
      'XX市人民政府关于进一步加强安全生产工作，切实保障人民群众生命财产安全的通知'],
    ["a portal's buttons above the title are no part of it",
      '【关闭】【打印】\n\n永安街道关于整治占道经营的通告\n一、禁止占道经营。',
      '永安街道关于整治占道经营的通告'],
    ['two organs on two lines above 关于 keep both names whole',
      '东平县交通运输局\n东平县公安局交通警察大队\n关于加强渣土车辆运输管理的通告\n\n一、通行要求\n渣土车辆应当密闭运输。\n东平县交通运输局\n2024年4月2日',
      '东平县交通运输局东平县公安局交通警察大队关于加强渣土车辆运输管理的通告'],
    ['a title spread out one character at a time is read as one string',
      '关 于 禁 止 燃 放 烟 花 爆 竹 的 通 告\n一、禁止在集镇范围内燃放烟花爆竹。',
      '关于禁止燃放烟花爆竹的通告'],
    ["a news account's header copied with its post (account, time posted) is no part of the title",
      'XX发布\n2022-03-01 08:00 发表于湖南\n关于禁止在河道采砂的通告\n为保护河道安全，现通告如下：\n一、禁止在辖区河道内采砂。',
      '关于禁止在河道采砂的通告'],
    ["a website's name and address above the copy are no part of the title",
      '安化县人民政府网 www.anhua.gov.cn\n关于加强森林防火的通告\n一、严禁在林区野外用火。',
      '关于加强森林防火的通告'],
    ['a news lead that carries the document gives its title in 《》',
      '近日，石桥镇发布《关于开展人居环境整治的通告》，通告全文如下：\n为改善农村人居环境，现就有关事项通告如下：\n一、房前屋后的杂物须自行清理。',
      '关于开展人居环境整治的通告'],
    ['a title without 关于 under a breadcrumb and above the page\'s fields is still the title',
      '当前位置：首页>>信息公开>>乡镇动态\n双河乡开展集镇环境整治的通告\n时间：2022年05月12日 来源：双河乡党政办\n为进一步加强集镇管理，现通告如下：\n一、集镇范围内禁止占道经营。',
      '双河乡开展集镇环境整治的通告'],
    ['决定书 ends a title like 决定 does',
      'XX市公安局\n立案决定书\nX公立字〔2024〕12号\n根据《中华人民共和国刑事诉讼法》第一百零九条之规定，决定对XX案立案侦查。',
      'XX市公安局立案决定书'],
  ];
  for (const [what, text, title] of cases) it(what, () => expect(titleOf(text)).toBe(title));

  it('a portal breadcrumb is no title; a real 关于… title further down still is', () => {
    expect(titleOf('首页 > 新闻 > 正文\n坦镇交通安全工作联席会议办公室决定，自10月起实施头盔佩戴管理措施：\n一、驾乘摩托车必须佩戴头盔。')).toBeNull();
    expect(titleOf('首页 > 通知公告\n某县人民政府关于禁止燃放烟花爆竹的通告\n为……，特通告如下：\n一、禁止燃放。')).toBe('某县人民政府关于禁止燃放烟花爆竹的通告');
  });
});

describe('publication date', () => {
  it('a date alone on a line under the title is the date the page published the notice', () => {
    const meta = structureDocument(asIngest('白沙乡禁止燃放烟花爆竹的通告\n2021-01-05\n为了保护环境，现通告如下：\n一、集镇范围内禁止燃放烟花爆竹。\n特此通告。')).meta;
    expect(meta.publishedOn).toBe('2021-01-05');
    expect(meta.issuedOn).toBeNull();
  });

  it('a preamble citing a document in 《》 gives no title', () => {
    expect(structureDocument(asIngest('根据《某县人民政府关于加强森林防火工作的通知》，现将有关事项通告如下：\n一、禁止野外用火。')).meta.title).toBeNull();
  });
});

describe('red head without the word 文件', () => {
  it('an organ name alone above its 文号 is the 发文机关标志, not the title', () => {
    const text = '沙湾区公安分局\n沙公发〔2024〕19号\n沙湾区公安分局关于加强出租房屋治安管理的通告\n为加强出租房屋治安管理，现通告如下：\n一、出租人应当查验承租人的身份证件。';
    const meta = structureDocument(asIngest(text)).meta;
    expect(meta.title).toBe('沙湾区公安分局关于加强出租房屋治安管理的通告');
    expect(meta.docType).toBe('通告');
    expect(meta.docNumber).toBe('沙公发〔2024〕19号');
  });
});

describe('garbled text', () => {
  it('gives no title, 文号 or issuer read from the garbage', () => {
    const text = '犐犆牦35．040\n犔80\n犌犕\n中华人民共和国密码行业标准\n犌犕／犜００３１—２０１４';
    const ingest = { ...asIngest(text), quality: { status: 'garbled' as const, reason: '乱码' } };
    const meta = structureDocument(ingest).meta;
    expect(meta.title).toBeNull();
    expect(meta.issuers).toEqual([]);
    expect(meta.docNumber).toBeNull();
    // the same text, trusted, would have produced a title: the blanking is what the test checks
    expect(structureDocument(asIngest(text)).meta.title).not.toBeNull();
  });
});

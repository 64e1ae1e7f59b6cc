// Realistic full documents (fixtures/docs): outline, provision labels and metadata.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OutlineNode, StructuredDocument } from '../../pipeline/model/types.ts';
import { structureDocument } from '../../pipeline/structure/index.ts';
import { asIngest } from './law-files.ts';

function load(name: string): { text: string; doc: StructuredDocument } {
  const text = readFileSync(new URL(`./fixtures/docs/${name}`, import.meta.url), 'utf8');
  return { text, doc: structureDocument(asIngest(text)) };
}

function kinds(node: OutlineNode): string[] {
  return node.children.map((c) => `${c.kind}:${c.label}`);
}

function exactOffsets(text: string, doc: StructuredDocument): void {
  for (const p of doc.provisions) {
    expect(text.slice(p.start, p.end)).toBe(p.text);
    for (const part of p.parts ?? []) expect(part.start >= p.start && part.end <= p.end).toBe(true);
  }
  const walk = (n: OutlineNode) => { expect(text.slice(n.start, n.end)).toBe(n.text); n.children.forEach(walk); };
  walk(doc.outline);
}

describe('township 通告 with 一、 numbering', () => {
  const { text, doc } = load('township-tonggao.txt');
  it('outline and provisions', () => {
    exactOffsets(text, doc);
    expect(kinds(doc.outline)).toEqual(['heading:标题', 'preamble:正文', 'item:一、', 'item:二、', 'item:三、', 'item:四、', 'item:五、', 'paragraph:正文', 'signature:落款']);
    expect(doc.provisions.map((p) => p.label)).toEqual(['正文', '一、', '二、', '三、', '四、', '五、', '正文第2段']);
    expect(doc.provisions[0]!.text).toMatch(/^为切实做好秸秆禁烧工作.*通告如下：$/);
  });
  it('meta', () => {
    expect(doc.meta).toMatchObject({
      title: '清河镇人民政府关于禁止露天焚烧秸秆的通告', docType: '通告', issuedOn: '2023-05-20', effectiveOn: '2023-05-20',
      issuers: [{ name: '清河镇人民政府', level: 'township', kind: 'government' }],
    });
  });
});

describe('county 办法 with chapters, sections, 之一 and items', () => {
  const { text, doc } = load('county-banfa.txt');
  it('provision labels carry chapter, section, article and 款', () => {
    exactOffsets(text, doc);
    expect(doc.provisions.map((p) => p.label)).toEqual([
      '第一章第一条', '第一章第二条', '第一章第三条', '第一章第四条第一款', '第一章第四条第二款', '第一章第四条第三款',
      '第二章第一节第五条', '第二章第一节第五条之一', '第二章第二节第六条', '第二章第二节第七条', '第三章第八条', '第三章第九条',
    ]);
    expect(doc.provisions[4]!.path).toEqual(['第一章', '第四条', '第二款']);
    expect(doc.provisions[1]!.path).toEqual(['第一章', '第二条', '第一款']); // label 第一章第二条, path keeps the 款
    const art5 = doc.provisions[6]!;
    expect(art5.parts?.map((p) => p.label)).toEqual(['第（一）项', '第（二）项', '第（二）项第1目', '第（二）项第2目', '第（三）项']);
    const target = art5.parts!.find((p) => p.label === '第（二）项第1目')!;
    expect(text.slice(target.start, target.end)).toBe('1.医疗费用自负部分超过家庭年收入百分之五十的；');
  });
  it('an article number alone on its line keeps its text as one 款; in-text references are not headings', () => {
    expect(doc.provisions[9]!.text).toBe('第七条\n对情况特别复杂、救助金额较大的，可以采取一事一议方式确定救助金额，最高不超过当地月最低生活保障标准的十二倍。');
    expect(doc.provisions[10]!.text).toBe('第八条　依照本办法第五条、第六条的规定给予的救助，应当按月公示。');
  });
  it('meta from the title and 题注', () => {
    expect(doc.meta).toMatchObject({
      title: '某某县城乡居民临时救助暂行办法', docType: '办法', provisional: '暂行', issuedOn: '2023-03-01',
      effectiveOn: '2023-04-01', validityText: '有效期五年', validUntil: '2028-03-31',
      issuers: [{ name: '某某县人民政府', level: 'county', kind: 'government' }],
    });
  });
});

describe('印发 notice wrapping a 办法 in an attachment', () => {
  const { text, doc } = load('yinfa-notice.txt');
  it('the 办法 is the checked body; the notice supplies 文号, issuer and date', () => {
    exactOffsets(text, doc);
    expect(kinds(doc.outline)).toEqual([
      'heading:份号', 'heading:发文机关标志', 'heading:发文字号', 'heading:标题', 'heading:主送机关', 'preamble:正文',
      'signature:落款', 'attachment:附件', 'heading:版记',
    ]);
    expect(text.slice(doc.bodyStart!)).toMatch(/^附件\n义乌市农村集体资产管理办法（试行）\n/);
    expect(doc.provisions.map((p) => p.label)).toEqual(['序言', '第一条', '第二条', '第三条第一款', '第三条第二款', '第四条', '第五条']);
    expect(doc.provisions[0]!.text).toMatch(/^为了加强农村集体资产管理.*制定本办法。$/);
  });
  it('meta', () => {
    expect(doc.meta).toMatchObject({
      title: '义乌市人民政府办公室关于印发《义乌市农村集体资产管理办法（试行）》的通知',
      attachedTitle: '义乌市农村集体资产管理办法（试行）', docType: '办法', wrapperDocType: '通知', provisional: '试行',
      docNumber: '义政办发〔2024〕8号', issuedOn: '2024-03-15', publishedOn: '2024-03-15', effectiveOn: '2024-04-01',
      validityText: '有效期2年', validUntil: '2026-03-31',
      issuers: [{ name: '义乌市人民政府办公室', level: 'county', kind: 'general-office' }],
    });
  });
  it('date facts point into the whole text, at the 办法\'s own words', () => {
    const { effective, period, validTo } = doc.dates;
    expect(effective).toMatchObject({ date: '2024-04-01', words: '自2024年4月1日起施行' });
    expect(period).toMatchObject({ n: 2, unit: 'year', words: '有效期2年' });
    expect(validTo).toBeNull();
    for (const f of [effective!, period!]) {
      expect(text.slice(f.start, f.end)).toBe(f.words);
      expect(f.start).toBeGreaterThan(doc.bodyStart!);
    }
  });
});

describe('department 通知 with 一、（一）1. numbering, 附件说明 and attachments', () => {
  const { text, doc } = load('dept-notice.txt');
  it('numbered blocks that carry sentences are provisions; headings and closing words are not', () => {
    exactOffsets(text, doc);
    expect(doc.provisions.map((p) => p.label)).toEqual([
      '正文', '一、', '二、（一）', '二、（一）1.', '二、（一）2.', '二、（一）3.', '二、（二）', '二、（三）', '三、（一）', '三、（二）', '附件2：正文',
    ]);
    expect(doc.provisions[1]!.text).toBe('一、工作目标\n通过专项整治，全面排查校园食品安全风险隐患，严厉查处违法违规行为，切实提升校园食品安全保障水平。');
    expect(kinds(doc.outline).slice(-5)).toEqual(['heading:结束语', 'heading:附件说明', 'signature:落款', 'attachment:附件1', 'attachment:附件2']);
  });
  it('a tab-separated table in 附件1 is a table node, not the title', () => {
    const att1 = doc.outline.children.find((c) => c.label === '附件1')!;
    expect(kinds(att1)).toEqual(['heading:附件标识', 'heading:标题', 'table:表格']);
    expect(att1.children[1]!.text).toBe('校园食品安全专项整治检查表');
  });
  it('meta', () => {
    expect(doc.meta).toMatchObject({
      docType: '通知', docNumber: '苏市监发〔2024〕21号', issuedOn: '2024-03-01', effectiveOn: null,
      issuers: [{ name: '苏州市市场监督管理局', level: 'city', kind: 'department' }],
    });
  });
});

describe('joint 印发 notice without 附件 label (the 办法 follows the 落款)', () => {
  const { text, doc } = load('joint-notice.txt');
  it('structure', () => {
    exactOffsets(text, doc);
    expect(doc.provisions.map((p) => p.label)).toEqual(['第一章第一条', '第一章第二条', '第二章第三条', '第二章第四条', '第三章第五条', '第三章第六条']);
    expect(text.slice(doc.bodyStart!).startsWith('昆山市学前教育专项资金管理办法\n第一章')).toBe(true);
  });
  it('meta lists both issuers (county-level city departments)', () => {
    expect(doc.meta).toMatchObject({
      title: '昆山市财政局　昆山市教育局关于印发《昆山市学前教育专项资金管理办法》的通知', docType: '办法', wrapperDocType: '通知',
      docNumber: '昆财教〔2023〕15号', issuedOn: '2023-09-08', effectiveOn: '2023-10-01', validUntil: '2028-09-30',
      issuers: [
        { name: '昆山市财政局', level: 'county', kind: 'department' },
        { name: '昆山市教育局', level: 'county', kind: 'department' },
      ],
    });
  });
});

describe('实施意见 with four levels of numbering', () => {
  const { text, doc } = load('shishi-yijian.txt');
  it('provisions at the leaves, with the full numbering path', () => {
    exactOffsets(text, doc);
    expect(doc.provisions.map((p) => p.label)).toEqual([
      '正文', '一、（一）', '一、（二）', '二、（一）', '二、（二）', '二、（二）1.', '二、（二）2.', '二、（二）2.（1）', '二、（二）2.（2）', '二、（二）3.', '三、', '正文第2段',
    ]);
    expect(doc.provisions[7]!.path).toEqual(['二、', '（二）', '2.', '（1）']);
  });
  it('meta: Chinese-numeral date, 自印发之日起施行, 有效期至', () => {
    expect(doc.meta).toMatchObject({
      title: '某某市人民政府关于加快推进农村生活污水治理的实施意见', docType: '实施意见', docNumber: '某政发〔2023〕9号',
      issuedOn: '2023-06-08', effectiveOn: '2023-06-08', validUntil: '2026-12-31',
      issuers: [{ name: '某某市人民政府', level: 'city', kind: 'government' }],
    });
  });
});

describe('coordination body 紧急通知 with a 文号 that lost its brackets', () => {
  const { text, doc } = load('leading-group.txt');
  it('meta', () => {
    exactOffsets(text, doc);
    expect(doc.meta).toMatchObject({
      docType: '通知', docNumber: 'X安委办〔2024〕3号', issuedOn: '2024-01-12',
      issuers: [{ name: 'XX县安全生产委员会办公室', level: 'county', kind: 'coordination-body' }],
    });
    expect(doc.provisions.map((p) => p.label)).toEqual(['正文', '一、', '二、', '三、']);
  });
});

describe('通告 with a spread-out title word and a serial number', () => {
  const { text, doc } = load('county-tonggao-numbered.txt');
  it('title, number, Chinese-numeral date; closing words are not a provision', () => {
    exactOffsets(text, doc);
    expect(doc.meta).toMatchObject({
      title: 'XX县人民政府通告', docNumber: '2023年第1号', docType: '通告', issuedOn: '2023-01-05',
      issuers: [{ name: 'XX县人民政府', level: 'county', kind: 'government' }],
    });
    expect(doc.provisions.map((p) => p.label)).toEqual(['正文', '一、', '二、', '三、']);
  });
});

describe('政府令 publishing a 办法, signed by the mayor', () => {
  const { text, doc } = load('city-government-order.txt');
  it('the 办法 after the signature is the checked body', () => {
    exactOffsets(text, doc);
    expect(doc.meta).toMatchObject({
      title: 'XX市人民政府令', docNumber: '第5号', docType: '办法', wrapperDocType: '令', attachedTitle: 'XX市城市绿化管理办法',
      issuedOn: '2023-04-20', effectiveOn: '2023-06-01', issuers: [{ name: 'XX市人民政府', level: 'city', kind: 'government' }],
    });
    expect(doc.provisions.map((p) => p.label)).toEqual(['第一条', '第二条第一款', '第二条第二款', '第三条']);
    expect(text.slice(doc.bodyStart!).startsWith('XX市城市绿化管理办法\n')).toBe(true);
  });
});

describe('web copies that lost their line breaks', () => {
  it('a notice on one line is split at 一、二、三、 counting up from one, not at a reference to an item', () => {
    const { text, doc } = load('run-on-township-notice.txt');
    exactOffsets(text, doc);
    expect(doc.provisions.map((p) => p.label)).toEqual(['正文', '一、', '二、', '三、', '四、', '五、']);
    expect(doc.provisions.find((p) => p.label === '二、')!.text).toMatch(/^二、流动摊贩.*暂扣其经营工具。$/);
  });

  it('measures on one line: 第一条、 第二条. 第三条, are headings; 本办法第二条 is a reference', () => {
    const { text, doc } = load('run-on-measures.txt');
    exactOffsets(text, doc);
    expect(doc.provisions.map((p) => p.label).filter((l) => l.startsWith('第'))).toEqual(['第一条', '第二条', '第三条', '第四条']);
    expect(doc.provisions.find((p) => p.label === '第三条')!.text).toContain('符合本办法第二条规定的');
  });

  it('a run-on list of Arabic items (1. 2. 3.) is split too, not at an amount (1.5万元)', () => {
    const items = ['不准出家门走动', '不准串门聊天', '不准擅自聚会', '不准从事门店经营', '不准阻挠社区干部、志愿者开展防疫工作'];
    const preamble = '为坚决贯彻落实疫情防控各项规定，彻底切断社区传播链条，保障人民群众生命安全和身体健康，根据有关法律法规和上级防控要求，结合本区疫情防控工作实际，经区疫情防控指挥部研究决定，'.repeat(3);
    const line = `${preamble}现就封控区内居民提出“五不准”：${items.map((t, i) => ` ${i + 1}.${t}`).join('')} 以上规定请广大居民严格执行，对违反规定造成损失1.5万元以上的，依法追究责任。`;
    const doc = structureDocument(asIngest(`某区疫情防控指挥部通告
${line}
`));
    expect(doc.provisions.map((p) => p.label).slice(1)).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(doc.provisions.find((p) => p.label === '1.')!.text).toBe('1.不准出家门走动');
    expect(doc.provisions.find((p) => p.label === '5.')!.text).toContain('1.5万元以上');
  });

  it('a short line with inline numbering, or numbering out of sequence, stays one line', () => {
    const short = structureDocument(asIngest('某镇人民政府关于做好防汛工作的通知\n各村：主要任务：一、加强巡查；二、及时转移群众。\n'));
    expect(short.provisions.map((p) => p.label)).not.toContain('二、');
  });
});

// The engine's contract: precision guards built into the kinds, applicability by issuer, quantity
// comparisons, post-processing (dedupe, order, fingerprints, quoted basis), profiles.
import { describe, expect, it } from 'vitest';
import type { Finding, StructuredDocument } from '../../pipeline/model/types.ts';
import { atEachPlace } from '../../pipeline/model/places.ts';
import { checkParsed } from '../../pipeline/engine/check-document.ts';
import { exampleDocument } from '../../pipeline/rules/example-doc.ts';
import { checkText } from '../../pipeline/rules/run-examples.ts';
import type { ExampleMeta } from '../../pipeline/rules/types.ts';
import { shippedRuleSet } from './support/ruleset.ts';

const loaded = await shippedRuleSet();
const TOWNSHIP: ExampleMeta = { issuer: { name: '某镇人民政府', level: 'township', kind: 'government' } };
const COUNTY: ExampleMeta = { issuer: { name: '某县人民政府', level: 'county', kind: 'government' } };

describe('rule engine', () => {
  const { rs, corpus } = loaded;
  const run = (text: string, meta?: ExampleMeta): Finding[] => checkText(rs, corpus, text, meta);
  const ids = (text: string, meta?: ExampleMeta) => run(text, meta).map((f) => f.ruleId);

  describe('precision guards', () => {
    it('(a) restating an upper-law penalty with an exact citation is not setting one', () => {
      const restated = '违反本规定焚烧垃圾的，依照《中华人民共和国大气污染防治法》第一百一十九条第二款的规定，对个人处五百元以上二千元以下的罚款。';
      expect(ids(restated)).not.toContain('penalty/normative-doc-sets-fine');
      expect(ids(restated)).not.toContain('conflict/amount-exceeds-cited-article');
      // Without the citation the clause is compared with the article retrieval finds for its words: the same
      // range restates it, a higher one is the document's own.
      expect(ids('违反本规定在城市人口集中地区露天焚烧垃圾的，对个人处五百元以上二千元以下的罚款。')).not.toContain('penalty/normative-doc-sets-fine');
      expect(ids('违反本规定在城市人口集中地区露天焚烧垃圾的，对个人处一千元以上五千元以下的罚款。')).toContain('penalty/normative-doc-sets-fine');
    });

    it('(a) amounts are compared with the cited article instead', () => {
      const raised = "在人口集中地区露天焚烧秸秆的，依照《中华人民共和国大气污染防治法》第一百一十九条第一款的规定，处五百元以上五千元以下的罚款。";
      const f = run(raised).find((x) => x.ruleId === 'conflict/amount-exceeds-cited-article');
      expect(f?.location.match).toBe('五千元');
      expect(f?.message).toContain('第一百一十九条');
      expect(f?.message).toContain('二千元');
    });

    it('(a) a citation that does not resolve does not protect the clause', () => {
      expect(ids('依照《中华人民共和国大气污染防治法》第九百条的规定，处二千元罚款。')).toContain('penalty/normative-doc-sets-fine');
    });

    it('(a) an exact citation of a law the corpus does not hold is taken as a restatement', () => {
      const t = '未经批准擅自野外用火的，依照《森林防火条例》第五十条的规定，对个人并处200元以上3000元以下罚款。';
      expect(ids(t)).not.toContain('penalty/normative-doc-sets-fine');
      // A provision that opens with the citation restates it in its later sentences too.
      const lead = '二、依照《中华人民共和国大气污染防治法》第一百一十九条第一款的规定，禁止露天焚烧秸秆。确需焚烧的，应当经县人民政府批准。';
      expect(ids(lead)).not.toContain('licensing/normative-doc-sets-licence');
    });

    it('(b) 备案 is not 许可', () => {
      expect(ids('举办婚丧宴席的，须到村委会办理登记备案手续后方可举办。')).not.toContain('licensing/normative-doc-sets-licence');
      expect(ids('举办婚丧宴席的，须经镇人民政府批准。')).toContain('licensing/normative-doc-sets-licence');
    });

    it('(c) duties of the government itself are not duties on the public', () => {
      expect(ids('县财政局应当按时退还已收取的投标保证金。')).not.toContain('fees/deposit');
      expect(ids('入驻园区的经营户应当缴纳5000元诚信保证金。')).toContain('fees/deposit');
      expect(ids('对工作不力的乡镇，由县政府予以通报批评。')).not.toContain('penalty/public-shaming');
    });

    it('(d) "依法处理" and referrals to other law set nothing', () => {
      for (const t of ['违反本办法规定的，由有关部门依法予以处罚。', '构成违反治安管理行为的，由公安机关依法处理。', '对上述行为，依照有关法律法规的规定处理。']) {
        expect(run(t).filter((f) => ['penalty', 'coercion'].includes(f.category)), t).toEqual([]);
      }
    });

    it('(e) negations and permissions are not settings', () => {
      expect(ids('行政机关实施行政许可和监督检查，不得收取任何费用。')).not.toContain('fees/licensing-fee');
      expect(ids('办理营业执照免收工本费。')).not.toContain('fees/licensing-fee');
      expect(ids('不得对居民采取停水停电等方式迫使其履行行政决定。')).not.toContain('coercion/cut-utilities');
    });
  });

  describe('applicability', () => {
    const ban = '本辖区内全面禁止燃放烟花爆竹。';
    it('fireworks bans fire for townships and departments, not for county governments', () => {
      expect(ids(ban, TOWNSHIP)).toContain('authority/fireworks-ban-issuer');
      expect(ids(ban, { issuer: { name: '某县公安局', level: 'county', kind: 'department' } })).toContain('authority/fireworks-ban-issuer');
      expect(ids(ban, COUNTY)).not.toContain('authority/fireworks-ban-issuer');
    });

    it('township rules only fire when the issuer is a township', () => {
      const t = '违规建房的农户，取消其下一年度宅基地申请资格。';
      expect(ids(t, TOWNSHIP)).toContain('authority/township-binding-duties');
      expect(ids(t, COUNTY)).not.toContain('authority/township-binding-duties');
      // A benefit taken as a sanction is the same penalty problem at every level: one rule reports it.
      const cut = '村民违反本规定乱堆乱放的，取消其当年度各项惠民补贴。';
      expect(ids(cut, TOWNSHIP)).toEqual(expect.arrayContaining(['rights/benefit-cut-as-sanction']));
      expect(ids(cut, TOWNSHIP)).not.toContain('authority/township-binding-duties');
      expect(ids(cut, COUNTY)).toContain('rights/benefit-cut-as-sanction');
    });

    it('an unknown issuer holds issuer rules back and says so', () => {
      const f = run(ban, { issuers: [] });
      expect(f.map((x) => x.ruleId)).not.toContain('authority/fireworks-ban-issuer');
      const note = f.find((x) => x.ruleId === 'form/issuer-unknown');
      expect(note?.severity).toBe('info');
      expect(note?.message).toContain('县级以上人民政府以外的主体限制或禁止燃放烟花爆竹');
    });

    it('rules below law do not judge a law itself', () => {
      const law = '违反本法规定的，处二千元以上二万元以下罚款。';
      expect(ids(law, { issuer: { name: '某省人民代表大会常务委员会', level: 'province', kind: 'people-congress' } })).not.toContain('penalty/normative-doc-sets-fine');
      expect(ids(law, COUNTY)).toContain('penalty/normative-doc-sets-fine');
    });
  });

  describe('quantity comparisons', () => {
    it.each([
      ['行政机关收到政府信息公开申请后，应当在30个工作日内予以答复。', 'conflict/info-disclosure-deadline', '30个工作日'],
      ['审批机关应当自受理申请之日起二十五日内作出许可决定。', 'conflict/licensing-decision-deadline', '二十五日'],
      ['当事人可以在收到决定书之日起三十日内申请行政复议。', 'conflict/reconsideration-period', '三十日'],
      ['到期不缴纳罚款的，每日按罚款数额的百分之五加处罚款。', 'conflict/late-fine-rate', '百分之五'],
    ])('%s', (text, id, match) => {
      const f = run(text).find((x) => x.ruleId === id);
      expect(f?.location.match).toBe(match);
      expect(f?.basis[0]?.text.length).toBeGreaterThan(10);
    });

    it.each([
      '行政机关收到政府信息公开申请后，应当在15个工作日内予以答复。',
      '审批机关应当自受理申请之日起二十日内作出许可决定。',
      '当事人可以自知道该行政行为之日起六十日内申请行政复议。',
      '到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额。',
    ])('within the law: %s', (text) => {
      expect(run(text).filter((f) => f.category === 'conflict' || f.category === 'coercion')).toEqual([]);
    });
  });

  describe('post-processing', () => {
    const doc = '第三条 对占道经营的，处二百元罚款；再次违反的，处五百元罚款。\n第四条 对占道经营的，处二百元罚款。';

    it('orders by offset then rule id, and quotes the enacted basis text', () => {
      const f = run(doc);
      const starts = f.map((x) => x.location.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      const fine = f.find((x) => x.ruleId === 'penalty/normative-doc-sets-fine')!;
      expect(fine.basis[0]).toMatchObject({ law: '中华人民共和国行政处罚法', article: '第十六条' });
      expect(fine.basis[0]!.text).toBe(corpus.resolve('中华人民共和国行政处罚法', '第十六条')!.text);
      expect(fine.location.text).toBe('第三条 对占道经营的，处二百元罚款；再次违反的，处五百元罚款。');
      expect(doc.slice(fine.location.start, fine.location.end)).toBe(fine.location.match);
      expect(fine.message).toContain(fine.location.match);
      expect(fine.message).not.toMatch(/\{\w+\}/);
    });

    it('fingerprints are stable across runs, independent of the path, and distinct per occurrence', () => {
      const a = checkText(rs, corpus, doc, undefined, 'a/one.docx').map((f) => f.id);
      const b = checkText(rs, corpus, doc, undefined, 'elsewhere/two.pdf').map((f) => f.id);
      expect(a).toEqual(b);
      expect(new Set(a).size).toBe(a.length);
      expect(a.every((id) => /^[0-9a-f]{16,}$/.test(id))).toBe(true);
      // Moving a provision down the document (new offsets) keeps its fingerprint.
      const moved = checkText(rs, corpus, `前言。\n${doc}`).map((f) => f.id);
      expect(moved).toEqual(expect.arrayContaining(a));
    });

    it('extends the location label with the item when the match is inside one', () => {
      const text = '第五条 有下列行为之一的，处以罚款：（一）占道经营；（二）乱扔垃圾，处二百元罚款。';
      const doc2: StructuredDocument = exampleDocument(text);
      const p = doc2.provisions[0]!;
      const itemStart = text.indexOf('（二）');
      p.parts = [{ label: '第（一）项', start: text.indexOf('（一）'), end: itemStart }, { label: '第（二）项', start: itemStart, end: text.length }];
      const f = rs.check({ path: 'x', text, doc: doc2, corpus, segmenter: { cut: () => [] }, profile: 'default' });
      const labels = f.filter((x) => x.ruleId === 'penalty/normative-doc-sets-fine').map((x) => x.location.label);
      expect(labels).toEqual(['第五条', '第五条第（二）项']);
    });
  });

  it('holds a document of no recognisable type (a form, an article) to no form requirements', () => {
    const essay = '拿来主义\n中国在政治上是总是“送去主义”的，要不然，就是“送来主义”的。';
    const formRules = (meta: ExampleMeta) => run(essay, meta).filter((f) => f.category === 'form' && f.ruleId !== 'form/issuer-unknown');
    expect(formRules({ docType: null })).toEqual([]);
    expect(formRules({ docType: '通知' }).map((f) => f.ruleId)).toContain('form/validity-missing');
  });

  it('stops a rule that runs out of time on a document, keeps what it found and says so in a note', () => {
    const text = ['一、在禁放区域燃放烟花爆竹的，处二百元罚款。', '二、在禁放区域销售烟花爆竹的，处五百元罚款。',
      '三、占道经营的，处一千元罚款。', '四、乱倒垃圾的，处二千元罚款。', '五、乱贴广告的，处三千元罚款。'].join('\n');
    const input = (extra: object) => ({ path: 'x', text, doc: exampleDocument(text, TOWNSHIP), corpus, segmenter: { cut: () => [] }, profile: 'default', ...extra });
    // Each place of the one fine problem (the five are merged into findings by basis: merge-repeats.ts).
    const fines = (fs: Finding[]) => fs.flatMap(atEachPlace).filter((f) => f.ruleId === 'penalty/normative-doc-sets-fine')
      .sort((a, b) => a.location.start - b.location.start).map((f) => f.location.label);
    const notes: string[] = [];
    const all = fines(rs.check(input({ notes })));
    expect(all).toHaveLength(5);
    expect(notes).toEqual([]);
    // A clock on which every rule takes 400 ms per provision: each rule is stopped after its third.
    let t = 0;
    const slow = fines(rs.check(input({ notes, ruleTime: { budgetMs: 1000, now: () => (t += 400) } })));
    expect(slow).toEqual(all.slice(0, 3));
    expect(notes.some((n) => n.startsWith('规则 penalty/normative-doc-sets-fine（') && n.includes('超过 1000 毫秒') && n.includes(`“${all[2]}”`))).toBe(true);
  });

  it('a misnamed citation names, in a field, the act it most likely means', () => {
    const meant = (t: string) => run(t).filter((f) => f.ruleId === 'citation/non-standard-name').map((f) => f.meantLaw);
    expect(meant('根据《中华人民共和国水污染防止法》，现通告如下。')).toEqual(['中华人民共和国水污染防治法']);
    expect(meant('依照《国务院殡葬管理条例》第二十条的规定办理。')).toEqual(['殡葬管理条例']);
    expect(meant('依照《中华人民共和国水污染防治法》第十条的规定办理。')).toEqual([]);
  });

  it("the engine's notes reach the document's report next to the reader's", () => {
    const text = '一、乱倒垃圾的，处二千元罚款。';
    const doc = exampleDocument(text, TOWNSHIP);
    const parsed = { format: 'txt' as const, ingest: { text, notes: ['读取说明'], quality: { status: 'ok' as const } } as never, doc };
    const env = { corpus, ruleSet: rs, segmenter: { cut: () => [] }, profile: 'default', options: {} } as never;
    const report = checkParsed(parsed, env, 'x.txt', '0', (input) => {
      input.notes?.push('规则 a/b 已停止');
      return rs.check(input);
    });
    expect(report.notes).toEqual(['读取说明', '规则 a/b 已停止']);
    expect(report.findings.map((f) => f.ruleId)).toContain('penalty/normative-doc-sets-fine');
  });

  it('RuleSet.hash covers the rules, the profile and the corpus', async () => {
    const sd = await shippedRuleSet('shandong');
    expect(rs.id).toBe('beishen-core');
    expect(rs.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(sd.rs.hash).not.toBe(rs.hash);
  });
});

describe('profiles', async () => {
  const sd = await shippedRuleSet('shandong');
  const { corpus } = loaded;
  const text = '某县农村宅基地管理暂行办法\n第一条 为加强管理，根据《中华人民共和国土地管理法》，结合本县实际，制定本办法。\n第二十五条 本办法自印发之日起施行，有效期3年。';
  const meta: ExampleMeta = { title: '某县农村宅基地管理暂行办法', issuedOn: '2024-03-01', ...COUNTY };

  it('the Shandong profile enables the publication gap check and sets its own parameters', () => {
    const f = checkText(sd.rs, corpus, text, meta);
    const gap = f.find((x) => x.ruleId === 'form/publication-gap');
    expect(gap?.message).toContain('30日');
    expect(gap?.message).toContain('山东省行政规范性文件制定和监督管理办法');
    expect(f.find((x) => x.ruleId === 'form/provisional-too-long')?.message).toContain('2年');
    const national = checkText(loaded.rs, corpus, text, meta).map((x) => x.ruleId);
    expect(national).not.toContain('form/publication-gap');
    expect(national).toContain('form/provisional-too-long');
    // 制定依据 is asked of documents that bind the public, under either profile: a notice arranging the
    // administration's own work may state only a purpose; one putting duties on businesses may not.
    const internal = '为加强管理，现就有关事项通知如下：\n一、各单位要加强检查。\n二、本通知自2024年5月1日起施行，有效期3年。';
    const binding = '为加强管理，现就有关事项通知如下：\n一、辖区内经营户必须在店门口设置垃圾桶。\n二、本通知自2024年5月1日起施行，有效期3年。';
    const fired = (set: typeof sd, t: string) => checkText(set.rs, corpus, t, meta).some((x) => x.ruleId === 'form/legal-basis-missing');
    expect(fired(loaded, internal)).toBe(false);
    expect(fired(sd, internal)).toBe(false);
    expect(fired(loaded, binding)).toBe(true);
    expect(fired(sd, binding)).toBe(true);
  });

  it('runs the examples of rules that only the profile enables', async () => {
    const { runRuleExamples } = await import('../../pipeline/rules/run-examples.ts');
    const { failures, count } = runRuleExamples(sd.rs, corpus);
    expect(count).toBeGreaterThan(0);
    expect(failures.map((x) => x.message)).toEqual([]);
  });
});

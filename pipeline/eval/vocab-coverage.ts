// How much of the law's own wording of the penalties and coercive measures the vocabulary recognises.
// Notices copy and paraphrase these sentences, so a law sentence that imposes a fine, a detention or a
// revocation in words the vocabulary does not read is a family of notice wordings the rules will miss.
// Every sentence of the national laws and regulations (../shared/laws, the text in force of each, as the corpus
// importer reads it) that a marker below finds imposing a measure is read by the analysis stage's findMentions;
// the figure is the share in which it finds that measure. The markers are independent of the vocabulary and cruder than it:
// a "miss" can be a marker's mistake (拘留所, 没收的财物), so read the misses with `--details`.
// Run: npm run eval:vocab-coverage [-- --details ENTRY] [-- --laws DIR].
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findMentions } from '../analyse/annotate.ts';
import { splitSentences } from '../analyse/units.ts';
import { SHARED_LAWS } from '../corpus/build-embedded.ts';
import { importLaws } from '../corpus/import.ts';
import type { CorpusLaw } from '../model/types.ts';
import { loadCorpus } from '../corpus/index.ts';
import { loadVocabulary } from '../rules/load-vocab.ts';
import { compileVocabulary } from '../analyse/vocabulary.ts';

/** The folders of laws and regulations that govern the public (not 宪法, 刑法, procedure or judicial interpretations). */
const FOLDERS = ['行政法', '经济法', '社会法', '民法商法', '行政法规', '地方性法规'];

/** For each vocabulary entry, the sentences that impose it: a verb of imposing before the measure's name, and
 *  none of the contexts that only name it (被吊销, 拘留所, 罚款收入 …). */
const MARKERS: Record<string, { imposes: RegExp; only?: RegExp }> = {
  fine: { imposes: /(?:处|处以|并处|单处|给予)[^，。；：]{0,40}?罚款/, only: /罚款(?:数额|收入|决定|收据|单据)|缴纳罚款|加处罚款|被处以?罚款/ },
  detention: { imposes: /(?:处|处以|并处|给予)[^，。；：]{0,24}?拘留/, only: /拘留所|拘留审查|被拘留|拘留处罚的人|行政拘留处罚(?:决定|合并)/ },
  warning: { imposes: /(?:处|处以|给予|予以)[^，。；：]{0,12}?警告/, only: /被.{0,4}警告/ },
  'suspend-or-revoke-licence': { imposes: /吊销[^，。；：]{0,20}?(?:证|照|许可|资质|资格)/, only: /被(?:依法)?吊销|已.{0,2}吊销|吊销.{0,16}(?:之日|的单位|的企业|不满|行政处罚，)|受吊销/ },
  'suspend-business': { imposes: /责令[^，。；：]{0,12}?(?:停产停业|停业|关闭)/, only: /被责令|责令关闭的/ },
  confiscation: { imposes: /(?:予以|并|可以|应当|，)没收(?!的)/, only: /罚没|没收的|被没收/ },
  seize: { imposes: /(?:予以|可以|有权|并|依法)扣押(?!的)/, only: /被扣押|扣押的|解除.{0,4}扣押/ },
  'seal-up': { imposes: /(?:予以|可以|有权|并|依法)查封(?!的)/, only: /被查封|查封的|解除查封/ },
};

/** The text in force of each law of these folders, read by the corpus importer (`beishen corpus import`). */
async function lawsInForce(root: string): Promise<CorpusLaw[]> {
  const folders = FOLDERS.map((f) => join(root, f)).filter((f) => existsSync(f));
  if (!folders.length) throw new Error(`找不到法律文本目录：${root}`);
  const { laws } = await importLaws(folders);
  const newest = new Map<string, CorpusLaw>();
  for (const law of laws) {
    const had = newest.get(law.title);
    if (!had || (had.status !== 'in-force' && (law.status === 'in-force' || law.version > had.version))) newest.set(law.title, law);
  }
  return [...newest.values()];
}

const { values } = parseArgs({ options: { details: { type: 'string' }, laws: { type: 'string' } } });
const root = values.laws ?? SHARED_LAWS;
const vocab = loadVocabulary(join(import.meta.dirname, '..', '..', 'rules'), await loadCorpus());
if (vocab.problems.length) throw new Error(`词表有误：${vocab.problems.map((p) => p.message).join('；')}`);
const vocabulary = compileVocabulary(vocab.lists);
if (!vocabulary.entries.length) throw new Error('rules/vocab 中没有词表');
const counts = new Map<string, { marked: number; found: number; misses: string[] }>();
for (const law of await lawsInForce(root)) {
  for (const a of law.articles) {
    for (const s of splitSentences(a.text)) {
      let found: Set<string> | undefined;
      for (const [entry, m] of Object.entries(MARKERS)) {
        if (!m.imposes.test(s.text) || m.only?.test(s.text)) continue;
        found ??= new Set(findMentions(s.text, vocabulary.entries).map((x) => x.entry.entry.id));
        const c = counts.get(entry) ?? { marked: 0, found: 0, misses: [] };
        counts.set(entry, c);
        c.marked++;
        if (found.has(entry)) c.found++;
        else c.misses.push(`${law.title}${a.label}：${s.text}`);
      }
    }
  }
}
let marked = 0;
let found = 0;
console.log('法律、行政法规中设定处罚或强制措施的句子，词表识别出该措施的比例：');
for (const entry of Object.keys(MARKERS)) {
  const c = counts.get(entry) ?? { marked: 0, found: 0, misses: [] };
  marked += c.marked;
  found += c.found;
  console.log(`  ${entry.padEnd(28)} ${String(c.found).padStart(5)} / ${String(c.marked).padEnd(5)} ${(c.found / Math.max(1, c.marked)).toFixed(3)}`);
}
console.log(`  ${'合计'.padEnd(26)} ${String(found).padStart(5)} / ${String(marked).padEnd(5)} ${(found / Math.max(1, marked)).toFixed(3)}`);
if (values.details) for (const m of counts.get(values.details)?.misses ?? []) console.log(`  未识别：${m}`);

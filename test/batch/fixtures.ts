// Documents for the batch tests and the benchmark, generated on the fly: realistic normative
// documents (text, .docx, .pdf) and the hostile inputs a batch must survive.
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { Document, Packer, Paragraph, TextRun } from 'docx';

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五, 10000 → 一万 (article numbering style). */
export function chineseNumber(n: number): string {
  if (n === 10000) return '一万';
  if (n < 10) return DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  const units = ['', '十', '百', '千'];
  const s = String(n);
  let out = '';
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const unit = units[s.length - 1 - i];
    if (d === 0) {
      zero = true;
      continue;
    }
    if (zero && out) out += '零';
    zero = false;
    out += DIGITS[d] + unit;
  }
  return out;
}

const ISSUERS = ['某某县人民政府', '某某县市场监督管理局', '某某镇人民政府', '某某县人民政府办公室', '某某县住房和城乡建设局'];
const SUBJECTS = ['农贸市场', '户外广告设置', '城区犬只', '餐厨垃圾', '建筑工地扬尘', '小微企业扶持资金', '集体土地租赁', '校外培训机构'];
const CLAUSES = [
  '本办法适用于本行政区域内的{s}管理活动。',
  '{i}负责本办法的组织实施，有关部门按照各自职责做好相关工作。',
  '经营者应当建立健全管理制度，落实安全责任，接受社会监督。',
  '违反本办法规定的，由县市场监督管理局责令改正，处以二千元以上一万元以下罚款。',
  '从事{s}经营活动的，应当向主管部门申请办理备案证明，未取得证明的不得营业。',
  '对拒不整改的单位，有关部门可以查封其经营场所，扣押相关设备。',
  '申请人应当提供本县户籍证明，非本县户籍人员不得申请。',
  '各乡镇人民政府应当加强宣传引导，提高群众的知晓度和参与度。',
  '有关部门应当依照《中华人民共和国行政处罚法》第二十八条的规定处理。',
  '收取管理服务费，标准为每户每年二百元。',
];

/** A normative document's text with `articles` numbered 第X条 provisions; deterministic in `seed`. */
export function normativeText(seed: number, articles: number): string {
  const s = SUBJECTS[seed % SUBJECTS.length];
  const issuer = ISSUERS[seed % ISSUERS.length];
  const lines = [
    `${issuer}关于印发《某某县${s}管理办法》的通知`,
    `某政发〔${2000 + (seed % 25)}〕${seed + 1}号`, // unique per seed: no two generated documents are identical
    '各乡镇人民政府，县直各单位：',
    `现将《某某县${s}管理办法》印发给你们，请认真贯彻执行。`,
    `某某县${s}管理办法`,
  ];
  for (let a = 1; a <= articles; a++) {
    const clause = CLAUSES[(seed * 7 + a * 3) % CLAUSES.length].replace('{s}', s).replace('{i}', issuer);
    lines.push(`第${chineseNumber(a)}条　${a === 1 ? `为了加强${s}管理，根据有关法律法规，结合本县实际，制定本办法。` : clause}`);
  }
  lines.push(`第${chineseNumber(articles + 1)}条　本办法自2024年7月1日起施行，有效期五年。`);
  lines.push(issuer, '2024年6月1日');
  return lines.join('\n') + '\n';
}

export async function docxFromText(text: string): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: text.trimEnd().split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })) }],
  });
  return Packer.toBuffer(doc);
}

/**
 * A minimal valid PDF: one page per entry of `pages`, ASCII text in Helvetica. Used for the page-cap
 * fixture (2,000 pages in a few hundred KB) and, with `encrypt`, for a password-protected PDF: a
 * standard-security /Encrypt dictionary in the trailer whose user-password check fails.
 */
export function minimalPdf(pages: string[], opts: { encrypt?: boolean } = {}): Buffer {
  const objects: string[] = [];
  const n = pages.length;
  // 1: catalog, 2: pages, then per page: page object + content stream; font last; encrypt after.
  const fontId = 3 + 2 * n;
  const encryptId = fontId + 1;
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  const kids = pages.map((_, i) => `${3 + 2 * i} 0 R`).join(' ');
  objects[2] = `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`;
  pages.forEach((text, i) => {
    const content = `BT /F1 12 Tf 72 720 Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET`;
    objects[3 + 2 * i] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${4 + 2 * i} 0 R >>`;
    objects[4 + 2 * i] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  });
  objects[fontId] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  if (opts.encrypt) {
    const o = '<' + 'a1'.repeat(32) + '>';
    const u = '<' + '5b'.repeat(32) + '>';
    objects[encryptId] = `<< /Filter /Standard /V 1 /R 2 /Length 40 /O ${o} /U ${u} /P -44 >>`;
  }
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  const encrypt = opts.encrypt ? ` /Encrypt ${encryptId} 0 R /ID [<${'0f'.repeat(16)}> <${'0f'.repeat(16)}>]` : '';
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/**
 * A .docx streamed through fflate without holding document.xml whole: [Content_Types].xml and a
 * word/document.xml whose body is `block` repeated `times` times, deflated at `level`.
 */
function streamedDocx(block: Uint8Array, times: number, level: 1 | 9): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((err, data, final) => {
      if (err) return reject(err);
      chunks.push(data);
      if (final) resolve(Buffer.concat(chunks));
    });
    const types = new ZipPassThrough('[Content_Types].xml');
    zip.add(types);
    types.push(strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'), true);
    const body = new ZipDeflate('word/document.xml', { level });
    zip.add(body);
    body.push(strToU8('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'));
    for (let i = 0; i < times; i++) body.push(block);
    body.push(strToU8('</w:body></w:document>'), true);
    zip.end();
  });
}

/**
 * A .docx zip bomb: a real [Content_Types].xml and a word/document.xml that inflates to
 * `expandedMb` MB from a few tens of KB.
 */
export function zipBombDocx(expandedMb = 64): Promise<Buffer> {
  return streamedDocx(new Uint8Array(1024 * 1024).fill(0x20), expandedMb, 9);
}

/**
 * A real (not bomb-like) .docx whose document.xml is about `mb` MB of ordinary paragraphs: what a
 * 1,000-page document exported with every run formatted looks like. Compresses ~100:1.
 */
export function hugeDocx(mb: number): Promise<Buffer> {
  const para = (i: number) => `<w:p><w:pPr><w:ind w:firstLine="640"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t>第${i}条　各有关单位应当按照职责分工做好相关工作，加强监督检查，及时报告重大情况。</w:t></w:r></w:p>`;
  const block = strToU8(Array.from({ length: 2000 }, (_, i) => para(i)).join(''));
  return streamedDocx(block, Math.ceil((mb * 1024 * 1024) / block.length), 1);
}

/** Deterministic pseudo-random bytes (xorshift), so fixtures are reproducible. */
export function pseudoRandomBytes(size: number, seed = 12345): Buffer {
  const buf = Buffer.allocUnsafe(size);
  let x = seed | 0 || 1;
  for (let i = 0; i + 4 <= size; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    buf.writeInt32LE(x, i);
  }
  for (let i = size - (size % 4); i < size; i++) buf[i] = i & 0xff;
  return buf;
}


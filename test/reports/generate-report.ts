// A large, realistic run report for benchmarks and scale tests, generated from the batch fixture: the
// township notice, the county measures, a clean document, a failed and a scanned one, with place names
// varied (same length, so every offset stays right) and unique document numbers and paths.
import { readFileSync } from 'node:fs';
import type { DocumentReport, RunReport } from '../../pipeline/model/types.ts';

const PLACES = ['清河', '东阳', '南山', '西平', '北川', '新安', '长乐', '永和', '安平', '太和', '临泉', '青阳', '宁远', '丰城', '武安', '广德'];

function load(): RunReport {
  return JSON.parse(readFileSync(new URL('./fixtures/batch.json', import.meta.url), 'utf8')) as RunReport;
}

function vary(doc: DocumentReport, i: number): DocumentReport {
  const place = PLACES[i % PLACES.length]!;
  const town = PLACES[(i * 7 + 3) % PLACES.length]!;
  const json = JSON.stringify(doc).replaceAll('清河', place).replaceAll('青山', town);
  const d = JSON.parse(json) as DocumentReport;
  const stem = d.path.replace(/\.[a-z]+$/, '');
  d.path = `${stem}-${String(i).padStart(4, '0')}${d.path.slice(stem.length)}`;
  if (d.meta.docNumber) d.meta.docNumber = d.meta.docNumber.replace(/\d+号$/, `${i + 1}号`);
  d.sha256 = (i.toString(16).padStart(8, '0') + d.sha256).slice(0, 64);
  d.findings = d.findings.map((f) => ({ ...f, id: `${f.id.slice(0, 12)}${i.toString(16).padStart(6, '0')}` }));
  return d;
}

export function generateReport(documents: number): RunReport {
  const base = load();
  const [township, county, clean, failed, scan] = base.documents as [DocumentReport, DocumentReport, DocumentReport, DocumentReport, DocumentReport];
  const pick = (i: number) => {
    const k = i % 10;
    if (k <= 5) return county;
    if (k <= 7) return township;
    if (k === 8) return clean;
    return i % 20 === 9 ? failed : scan;
  };
  const docs = Array.from({ length: documents }, (_, i) => vary(pick(i), i));
  const findings = { error: 0, warning: 0, info: 0 };
  const byCategory: RunReport['summary']['byCategory'] = {};
  for (const d of docs) for (const f of d.findings) {
    findings[f.severity]++;
    byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
  }
  const ok = docs.filter((d) => d.status === 'ok').length;
  return { ...base, summary: { documents: docs.length, ok, failed: docs.length - ok, findings, byCategory }, documents: docs };
}

// Electronic seals (电子签章) of an OFD: Signatures.xml lists the signatures; each one names its
// provider, time, the pages it is stamped on, and a seal file (GM/T 0031 SES_Seal, DER) whose
// first Chinese string is the seal's name. Reported to the reviewer as notes; never verified
// cryptographically here (that needs the signer's certificate chain).
import { asArray, dirOf, textOf, type OfdPackage, type XNode } from './ofd-package.ts';

export interface SealInfo { name: string | null; time: string | null; provider: string | null; pages: number }

export function readSignatures(pkg: OfdPackage, ofdRoot: XNode, docDir: string): SealInfo[] {
  const body = asArray<XNode>(ofdRoot.DocBody)[0] ?? {};
  const listPath = pkg.resolve('', textOf(body.Signatures)) ?? pkg.resolve(docDir, 'Signs/Signatures.xml') ?? pkg.resolve(docDir, 'Signatures.xml');
  const list = pkg.xml(listPath)?.Signatures;
  if (!list || !listPath) return [];
  const out: SealInfo[] = [];
  for (const s of asArray<XNode>(list.Signature).slice(0, 100)) {
    const path = pkg.resolve(dirOf(listPath), s.BaseLoc);
    const info = pkg.xml(path)?.Signature?.SignedInfo as XNode | undefined;
    if (!info) { out.push({ name: null, time: null, provider: null, pages: 0 }); continue; }
    const prov = info.Provider as XNode | undefined;
    const provider = prov ? (prov.ProviderName ?? (textOf(prov.ProviderName) || null)) : null;
    const sealPath = path ? pkg.resolve(dirOf(path), textOf(info.Seal?.BaseLoc)) : null;
    const seal = pkg.bytes(sealPath);
    out.push({
      name: seal ? sealName(seal) : null,
      time: textOf(info.SignatureDateTime).trim() || null,
      provider: typeof provider === 'string' ? provider : textOf(provider) || null,
      pages: asArray(info.StampAnnot).length,
    });
  }
  return out;
}

/** The first string with Chinese characters in a DER structure (the seal name in SES_Seal). */
export function sealName(der: Uint8Array): string | null {
  const found: string[] = [];
  walkDer(der, 0, der.length, 0, found);
  return found.find((s) => /[\u4e00-\u9fff]/.test(s)) ?? null;
}

function walkDer(b: Uint8Array, start: number, end: number, depth: number, found: string[]): void {
  let i = start;
  while (i < end && found.length < 50 && depth < 20) {
    const tag = b[i++];
    if (i >= end) return;
    let len = b[i++];
    if (len & 0x80) {
      const n = len & 0x7f;
      if (n === 0 || n > 4) return; // indefinite or absurd lengths: stop rather than guess
      len = 0;
      for (let k = 0; k < n; k++) len = len * 256 + b[i++];
    }
    const next = i + len;
    if (next > end) return;
    if (tag & 0x20) walkDer(b, i, next, depth + 1, found);
    else if (tag === 0x0c || tag === 0x13 || tag === 0x16) found.push(Buffer.from(b.subarray(i, next)).toString('utf8'));
    else if (tag === 0x1e && len % 2 === 0) found.push(Buffer.from(b.subarray(i, next)).swap16().toString('utf16le'));
    i = next;
  }
}

export function sealNote(seals: SealInfo[]): string | null {
  if (!seals.length) return null;
  const names = [...new Set(seals.map((s) => s.name).filter(Boolean))];
  const times = [...new Set(seals.map((s) => s.time).filter(Boolean))];
  let note = `含电子签章 ${seals.length} 个`;
  if (names.length) note += `（印章：${names.join('、')}）`;
  if (times.length) note += `，签章时间 ${times.join('、')}`;
  return note + '；签章有效性未验证。';
}

// Five real normative documents exported from a law database (../shared/samples/real/pkulaw-exports):
// 印发 notices with their issued documents, export noise (法宝引证码, 原文链接, repeated title, 文号 in
// brackets, 章 and 第一条 glued on one line).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { structureDocument } from '../../pipeline/structure/index.ts';
import { SHARED, asIngest } from './law-files.ts';

const DIR = fileURLToPath(new URL('samples/real/pkulaw-exports/', SHARED));

function load(prefix: string) {
  const name = readdirSync(DIR).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`missing ${prefix}`);
  const text = readFileSync(DIR + name, 'utf8').replace(/\r\n?/g, '\n');
  return { text, doc: structureDocument(asIngest(text)) };
}

describe.skipIf(!existsSync(DIR))('pkulaw exports', () => {
  it('every document: exact offsets, unique provision labels, body after the notice', () => {
    for (const name of readdirSync(DIR)) {
      const text = readFileSync(DIR + name, 'utf8').replace(/\r\n?/g, '\n');
      const doc = structureDocument(asIngest(text));
      expect(doc.provisions.length, name).toBeGreaterThan(5);
      for (const p of doc.provisions) expect(text.slice(p.start, p.end)).toBe(p.text);
      const labels = doc.provisions.map((p) => p.label);
      expect(new Set(labels).size, name).toBe(labels.length);
      expect(doc.meta.issuers.length, name).toBe(1);
      expect(doc.meta.issuedOn, name).toMatch(/^20\d\d-\d\d-\d\d$/);
    }
  });

  it('包头: notice by a prefecture-level general office issuing a 办法', () => {
    const { text, doc } = load('包头市');
    expect(doc.meta).toMatchObject({
      title: '包头市人民政府办公室关于印发《包头市2022年数字政府建设考评办法》的通知', docNumber: '包府办发〔2022〕43号',
      attachedTitle: '包头市2022年数字政府建设考评办法', docType: '办法', issuedOn: '2022-04-14',
      issuers: [{ name: '包头市人民政府办公室', level: 'city', kind: 'general-office' }],
    });
    expect(text.slice(doc.bodyStart!).trimStart().startsWith('包头市2022年数字政府建设考评办法\n')).toBe(true);
    expect(doc.provisions[0]!.label).toBe('一、');
  });

  it('北京: a 直辖市 bureau is provincial level; 我局制定了《…》，现印发给你们', () => {
    const { doc } = load('北京市');
    expect(doc.meta).toMatchObject({
      docNumber: '京经信发〔2022〕87号', attachedTitle: '关于推进北京市数据专区建设的指导意见', docType: '意见', issuedOn: '2022-11-21',
      issuers: [{ name: '北京市经济和信息化局', level: 'province', kind: 'department' }],
    });
    expect(doc.provisions.slice(0, 3).map((p) => p.label)).toEqual(['序言', '一、（一）', '一、（二）']);
  });

  it('安徽: two issued documents, the second labelled by its title; 文号 in brackets', () => {
    const { doc } = load('安徽省人民政府办公厅');
    expect(doc.meta).toMatchObject({
      docNumber: '皖政办秘〔2021〕82号', attachedTitle: '支持工业互联网发展若干政策', docType: '政策', issuedOn: '2021-09-02',
      issuers: [{ name: '安徽省人民政府办公厅', level: 'province', kind: 'general-office' }],
    });
    expect(doc.provisions.some((p) => p.label === '《安徽省工业互联网创新发展行动计划（2021-2023年）》一、（一）')).toBe(true);
  });

  it('安徽 执行小组办公室: a coordination body with a 95-character title', () => {
    const { doc } = load('安徽省推进');
    expect(doc.meta).toMatchObject({
      docNumber: '皖开放办〔2022〕6号', docType: '实施意见', issuedOn: '2022-03-23',
      issuers: [{ name: '安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室', level: 'province', kind: 'coordination-body' }],
    });
  });

  it('阿坝: 章 and 第一条 glued on one line; 自颁布之日起施行，有效期2年', () => {
    const { doc } = load('阿坝州');
    expect(doc.meta).toMatchObject({
      docNumber: '阿府办发〔2021〕21号', docType: '办法', provisional: '暂行', issuedOn: '2021-10-11', effectiveOn: '2021-10-11',
      validUntil: '2023-10-10', issuers: [{ name: '阿坝州人民政府办公室', level: 'city', kind: 'general-office' }],
    });
    expect(doc.provisions[0]!.label).toBe('第一章第一条');
    expect(doc.provisions[0]!.text).toMatch(/^第一条\s+为规范政务数据资源管理/);
    const articles = doc.provisions.filter((p) => !/款$/.test(p.label) || /第一款$/.test(p.label));
    expect(articles.at(-1)!.label).toBe('第九章第四十九条');
    expect(articles).toHaveLength(49);
  });
});

// A web page's chrome copied with a notice (breadcrumb, tool bar, counters, links to the next article, the
// site's footer) is no line of the document: not a provision, not its title, not its issuer. The chrome lines
// are written as portal copies in ../shared/dev-corpus write them (their documents are not quoted here).
import { describe, expect, it } from 'vitest';
import { structureDocument } from '../../pipeline/structure/index.ts';
import { isPageChrome } from '../../pipeline/structure/web-chrome.ts';
import { asIngest } from './law-files.ts';

describe('isPageChrome', () => {
  it.each([
    '当前位置: 首页 / 政务公开 / 政府信息公开 / 试点领域信息 / 村务公开',
    '您现在所在的位置 : 首页 > 政务公开 > 履职依据 > 县政府规范性文件',
    '当前位置:首页 > 政务公开 > 工作动态 > 镇村动态',
    '首页 > 正文',
    '时间:2022-05-26 10:31:49 来源:本网 浏览次数:-',
    '2024-10-18  来源:政府办公室 字体:    打印 分享至:',
    '• 【字体: 大  中  小】',
    '字体:【',
    '字号:',
    '分享到:',
    '【打印本页】【关闭窗口】',
    '扫一扫在手机打开当前页',
    '上一篇：关于开展安全生产大检查的通知',
    '下一篇:关于公布行政许可事项清单的公告',
    '主办单位：县人民政府办公室  网站标识码：1234560001  ICP备12345678号',
    '版权所有：XX县人民政府 建议使用1920×1080分辨率',
    '相关附件：',
    '相关链接',
  ])('%s', (line) => expect(isPageChrome(line)).toBe(true));

  it.each([
    '五、关闭',
    '一、严禁在禁燃区内燃放烟花爆竹。',
    '（三）收藏、交易野生动物及其制品的，依法予以处罚。',
    '附件：1. 禁牧区域范围',
    '版权所有人应当在作品上署名。',
    '主办单位：县文化和旅游局',
    '关于禁止在河道采砂的通告',
    '大、中、小型养殖场应当配套建设粪污处理设施。',
    '2023年5月10日',
  ])('%s is document text', (line) => expect(isPageChrome(line)).toBe(false));
});

describe('a notice copied from a portal page', () => {
  const page = [
    '梅州',
    '当前位置:首页 > 政务公开 > 工作动态 > 镇村动态',
    '石桥镇人民政府关于加强林地保护的通告',
    '时间:2023-04-12 09:30:00 来源:本网 浏览次数:-',
    '字号:',
    '为加强森林资源保护，现就有关事项通告如下：',
    '一、禁止毁林开垦。',
    '二、禁止在林区野外用火。',
    '石桥镇人民政府',
    '2023年4月10日',
    '相关附件：',
    '上一篇：关于开展安全生产大检查的通知',
    '下一篇：关于公布行政许可事项清单的公告',
    '主办单位：石桥镇人民政府  网站标识码：1234560001  备案号：ICP备12345678号',
  ].join('\n');
  const doc = structureDocument(asIngest(page));

  it('takes the title from below the breadcrumb, without the site name above it', () => {
    expect(doc.meta.title).toBe('石桥镇人民政府关于加强林地保护的通告');
  });

  it('reads the township as the issuer', () => {
    expect(doc.meta.issuers.map((i) => [i.name, i.level])).toEqual([['石桥镇人民政府', 'township']]);
  });

  it('makes no provision of the tool bar, the counters, the links or the footer', () => {
    const texts = doc.provisions.map((p) => p.text).join('\n');
    expect(doc.provisions.map((p) => p.label)).toEqual(['正文', '一、', '二、']);
    expect(texts).not.toMatch(/浏览次数|上一篇|下一篇|网站标识码|相关附件|字号/);
  });
});

// Web pages written like the ones county portals publish (TRS-style layout: navigation,
// breadcrumb, 信息公开 metadata table, #zoom article body, footer with 版权 and 备案号).
import iconv from 'iconv-lite';

export const COUNTY_PAGE = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于印发《某县农村集体经济组织财务管理办法》的通知_某县人民政府</title>
<style>.nav{color:red}</style><script>var _hmt = _hmt || []; document.write("统计代码");</script></head>
<body>
<div class="header"><div class="logo">某县人民政府</div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bmfw/">便民服务</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; 政府文件</div>
<div class="xxgk-info"><table class="xxgk_table">
<tr><td>索 引 号：</td><td>11341523MB1234567X/2023-00125</td><td>主题分类：</td><td>农业、林业、水利</td></tr>
<tr><td>发文机关：</td><td>某县人民政府办公室</td><td>成文日期：</td><td>2023年05月06日</td></tr>
<tr><td>发文字号：</td><td>某政办〔2023〕12号</td><td>发布日期：</td><td>2023-05-10</td></tr>
<tr><td>有 效 性：</td><td>有效</td><td>名&nbsp;&nbsp;&nbsp;&nbsp;称：</td><td>关于印发《某县农村集体经济组织财务管理办法》的通知</td></tr>
</table></div>
<div class="article">
<h1 class="title">关于印发《某县农村集体经济组织财务管理办法》的通知</h1>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a> 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div id="zoom">
<p>各乡镇人民政府，县政府各部门：</p>
<p>　　《某县农村集体经济组织财务管理办法》已经县政府同意，现印发给你们，请认真贯彻执行。</p>
<p style="text-align:right">某县人民政府办公室</p>
<p style="text-align:right">2023年5月6日</p>
<p style="text-align:center"><strong>某县农村集体经济组织财务管理办法</strong></p>
<p>　　第一条　为加强农村集体经济组织财务管理，保障集体经济组织及其成员的合法权益，根据《中华人民共和国农村集体经济组织法》等有关规定，结合本县实际，制定本办法。</p>
<p>　　第二条　本办法适用于本县行政区域内的农村集体经济组织。</p>
<p>　　第三条　集体经济组织应当建立健全财务公开制度，每季度公开一次财务收支情况。<br>重大事项应当随时公开。</p>
<p>　　第四条　本办法自2023年6月1日起施行，有效期5年。</p>
</div></div>
<div class="footer"><p>主办：某县人民政府办公室　承办：某县大数据中心</p><p>版权所有 © 某县人民政府　皖ICP备05001234号　网站标识码：3415230001</p></div>
</body></html>`;

/** The same kind of page served in GB2312, as older portals still do. */
export function gb2312Page(): Buffer {
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>某镇人民政府关于加强集市管理的通告</title></head>
<body><table width="100%"><tr><td class="menu"><a href="/">网站首页</a> | <a href="/xxgk">信息公开</a></td></tr></table>
<table class="meta"><tr><td>索引号</td><td>000014349/2021-00088</td></tr><tr><td>发布机构</td><td>某镇人民政府</td></tr>
<tr><td>文号</td><td>某镇发〔2021〕3号</td></tr><tr><td>成文日期</td><td>2021.3.8</td></tr></table>
<table><tr><td class="bt">某镇人民政府关于加强集市管理的通告</td></tr><tr><td class="TRS_Editor">
<p>为维护集市秩序，保障群众生命财产安全，现就有关事项通告如下：</p>
<p>一、集市经营者应当在划定区域内经营，不得占道经营。</p>
<p>二、禁止在集市内销售国家明令禁止的商品。</p>
<p>本通告自发布之日起施行。</p></td></tr></table>
<div id="footer">版权所有：某镇人民政府</div></body></html>`;
  return iconv.encode(html, 'gb2312');
}

/** An MHT (web archive) as browsers save it: quoted-printable HTML in UTF-8 plus an image part. */
export function mhtPage(): Buffer {
  const html = `<html><head><meta charset="utf-8"><title>关于做好防汛工作的通知</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/zwgk">政务公开</a></div>
<div id="zoom"><p>各村（社区）：</p><p>　　为切实做好今年防汛工作，确保人民群众生命财产安全，现将有关事项通知如下：一、压实防汛责任；二、加强隐患排查。</p><p>特此通知。</p></div>
<div class="footer">版权所有</div></body></html>`;
  const qp = Buffer.from(html, 'utf8').toString('latin1').split('').map((ch) => {
    const c = ch.charCodeAt(0);
    return c > 126 || c === 61 ? `=${c.toString(16).toUpperCase().padStart(2, '0')}` : ch;
  }).join('').replace(/(.{70})/g, '$1=\r\n');
  return Buffer.from([
    'From: <Saved by Blink>', 'Snapshot-Content-Location: http://www.example.gov.cn/art/2023/6/1/art_1.html',
    'Subject: =?utf-8?Q?=E5=85=B3=E4=BA=8E?=', 'Date: Thu, 1 Jun 2023 08:00:00 +0800', 'MIME-Version: 1.0',
    'Content-Type: multipart/related;', '\ttype="text/html";', '\tboundary="----MultipartBoundary--abc123----"', '',
    '------MultipartBoundary--abc123----', 'Content-Type: text/html', 'Content-ID: <frame-1@mhtml.blink>',
    'Content-Transfer-Encoding: quoted-printable', 'Content-Location: http://www.example.gov.cn/art/2023/6/1/art_1.html', '',
    qp, '', '------MultipartBoundary--abc123----', 'Content-Type: image/png', 'Content-Transfer-Encoding: base64',
    'Content-Location: http://www.example.gov.cn/logo.png', '', 'iVBORw0KGgo=', '', '------MultipartBoundary--abc123------', '',
  ].join('\r\n'), 'latin1');
}

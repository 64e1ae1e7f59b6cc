// Walk one page's content (and its templates and composite objects) and collect positioned
// glyphs and image placements, in page millimetres. OFD places every glyph explicitly:
// TextCode X/Y is the first glyph's baseline origin inside the TextObject, DeltaX/DeltaY the
// advances ("g 3 5.2" = three advances of 5.2), CTM maps object space to the Boundary box,
// and CompositeObjects draw a CompositeGraphicUnit from the resources with their own CTM.
import { asArray, nums, textOf, type XNode } from './ofd-package.ts';

export interface Glyph { ch: string; x: number; y: number; size: number; rotated: boolean; vertical: boolean }
export interface ImagePlacement { resourceId: string; x: number; y: number; w: number; h: number }

type Mat = [number, number, number, number, number, number];
const IDENTITY: Mat = [1, 0, 0, 1, 0, 0];

function compose(m1: Mat, m2: Mat): Mat {
  return [
    m1[0] * m2[0] + m1[2] * m2[1], m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3], m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4], m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}
const apply = (m: Mat, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** The transform from an object's own space to its parent's: Boundary origin, then CTM. */
function objectMat(parent: Mat, obj: XNode): Mat {
  const b = nums(obj.Boundary);
  const ctm = nums(obj.CTM);
  let m = compose(parent, [1, 0, 0, 1, b[0] ?? 0, b[1] ?? 0]);
  if (ctm.length === 6) m = compose(m, ctm as Mat);
  return m;
}

/** Expands "g N v" repeats: "1 g 3 2 5" → [1, 2, 2, 2, 5]. Bounded by the glyph count. */
export function expandDeltas(s: string | undefined, max: number): number[] {
  if (!s) return [];
  const tok = s.trim().split(/[\s,]+/);
  const out: number[] = [];
  for (let i = 0; i < tok.length && out.length < max; i++) {
    if (tok[i] === 'g') {
      const n = Math.min(Number(tok[i + 1]) || 0, max - out.length);
      const v = Number(tok[i + 2]);
      for (let k = 0; k < n; k++) out.push(Number.isFinite(v) ? v : 0);
      i += 2;
    } else {
      const v = Number(tok[i]);
      if (Number.isFinite(v)) out.push(v);
    }
  }
  return out;
}

export interface WalkContext {
  glyphs: Glyph[];
  images: ImagePlacement[];
  /** CompositeGraphicUnit by ID, from DocumentRes/PublicRes/PageRes. */
  composites: Map<string, XNode>;
  paths: number;
  maxGlyphs: number;
}

const MAX_DEPTH = 12;

export function walkContent(node: XNode | undefined, ctx: WalkContext, mat: Mat = IDENTITY, depth = 0): void {
  if (!node || typeof node !== 'object' || depth > MAX_DEPTH) return;
  for (const layer of asArray<XNode>(node.Layer)) walkContent(layer, ctx, mat, depth + 1);
  for (const block of asArray<XNode>(node.PageBlock)) walkContent(block, ctx, mat, depth + 1);
  for (const t of asArray<XNode>(node.TextObject)) textObject(t, ctx, mat);
  for (const img of asArray<XNode>(node.ImageObject)) {
    const m = objectMat(mat, img);
    // An image fills the unit square of its own space.
    const pts = [apply(m, 0, 0), apply(m, 1, 0), apply(m, 0, 1), apply(m, 1, 1)];
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    ctx.images.push({ resourceId: String(img.ResourceID ?? ''), x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y });
  }
  ctx.paths += asArray(node.PathObject).length;
  for (const c of asArray<XNode>(node.CompositeObject)) {
    const unit = ctx.composites.get(String(c.ResourceID ?? ''));
    if (unit) walkContent(unit.Content, ctx, objectMat(mat, c), depth + 1);
  }
}

function textObject(t: XNode, ctx: WalkContext, parent: Mat): void {
  const m = objectMat(parent, t);
  const scale = Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])) || 1;
  const size = (Number(t.Size) || 3.5) * scale;
  const rotated = Math.abs(m[1]) > 1e-6 * Math.abs(m[0] || 1) || Math.abs(m[2]) > 1e-6 * Math.abs(m[3] || 1);
  let x = 0;
  let y = 0;
  const own = Number(t.Size) || 3.5;
  for (const tc of asArray<XNode>(t.TextCode)) {
    if (ctx.glyphs.length >= ctx.maxGlyphs) return;
    const chars = Array.from(textOf(tc));
    if (tc.X !== undefined) x = Number(tc.X) || 0;
    if (tc.Y !== undefined) y = Number(tc.Y) || 0;
    const dx = expandDeltas(tc.DeltaX, chars.length);
    const dy = expandDeltas(tc.DeltaY, chars.length);
    const vertical = dy.length > 0 && dx.length === 0;
    for (let i = 0; i < chars.length; i++) {
      const [gx, gy] = apply(m, x, y);
      ctx.glyphs.push({ ch: chars[i], x: gx, y: gy, size, rotated, vertical });
      if (vertical) y += dy[i] ?? own;
      else {
        x += dx[i] ?? (chars[i].charCodeAt(0) < 0x2e80 ? own / 2 : own);
        y += dy[i] ?? 0;
      }
    }
  }
}

// Minimal types for word-extractor (the package ships none).
declare module 'word-extractor' {
  interface ExtractOptions { filterUnicode?: boolean }
  export interface WordDocument {
    getBody(o?: ExtractOptions): string;
    getFootnotes(o?: ExtractOptions): string;
    getEndnotes(o?: ExtractOptions): string;
    getHeaders(o?: ExtractOptions & { includeFooters?: boolean }): string;
    getFooters(o?: ExtractOptions): string;
    getAnnotations(o?: ExtractOptions): string;
    getTextboxes(o?: ExtractOptions & { includeHeadersAndFooters?: boolean; includeBody?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }
}

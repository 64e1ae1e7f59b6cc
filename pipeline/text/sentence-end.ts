// Where a sentence ends: 。！？；, their ASCII forms and a line break. One home for the analysis stage's
// sentence splitter (analyse/units.ts) and the corpus's sentences of an article (corpus-impl.ts), which must
// cut a document's copy of an article where they cut the article.
export const SENTENCE_END = /[。！？；;!?\n]/;

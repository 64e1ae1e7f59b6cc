// Per-document state shared by the rule kinds during one check.
import type { Corpus } from '../corpus/corpus.ts';
import type { CompiledVocabulary } from '../analyse/vocabulary.ts';
import type { Issuer, Provision, StructuredDocument } from '../model/types.ts';
import type { CitationFinder } from './citation-source.ts';
import type { ResolvedGuards } from './guards.ts';
import type { CompiledMatch, UnitContext } from './match.ts';
import type { LoadedRule, RuleDef } from './types.ts';

export interface CompiledRule extends LoadedRule {
  index: number;
  guards: ResolvedGuards;
  match?: CompiledMatch;
  context?: RegExp[];
  /** Literals for the prefilter (one must occur in the provision), or null (always run). */
  literals: string[] | null;
  params: Record<string, number | string | boolean>;
  /** Negation words inside the rule's own regexes (not treated as negations of its matches). */
  ownNegations: Map<string, RegExp[]>;
}

export interface Hit {
  rule: CompiledRule;
  start: number; // document offsets of the match
  end: number;
  match: string;
  provision: Provision | null;
  vars: Record<string, string>;
}

export interface DocContext extends UnitContext {
  text: string;
  doc: StructuredDocument;
  provisions: Provision[];
  issuers: Issuer[];
  date: string | null;
  citations: CitationFinder;
  /** Rules that matched but were held back because the issuer is unknown (made visible later). */
  suppressed: { rule: RuleDef; start: number; end: number; match: string; provision: Provision | null }[];
  corpus: Corpus;
  vocabulary: CompiledVocabulary;
}

export function docDate(doc: StructuredDocument): string | null {
  return doc.meta.issuedOn ?? doc.meta.publishedOn ?? doc.meta.effectiveOn ?? null;
}

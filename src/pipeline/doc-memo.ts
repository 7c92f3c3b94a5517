/**
 * Values computed once per document per pipeline run and shared by the stages that need them
 * (a reference date several stages anchor to, a parse of the raw input). The memo lives only
 * while the pipeline runs the document, and is emptied whenever a clean rule changes its text,
 * so nothing computed from an older text or an earlier run is ever read back. Outside a run,
 * {@link memoised} simply computes.
 */
import type { NewsDoc } from '../model/news-doc.js';

/** A typed key of a memoised value; create one per kind of value, once, at module level. */
export interface MemoKey<T> {
  /** What the value is, for a reader (`times/reference`). */
  readonly name: string;
  /** Type marker only (never set). */
  readonly value?: T;
}

/** A memo key for values of type `T`. */
export function memoKey<T>(name: string): MemoKey<T> {
  return Object.freeze({ name });
}

const memos = new WeakMap<NewsDoc, Map<MemoKey<unknown>, unknown>>();

/** Start a memo for a document's run (returns false when one is already open). */
export function openDocMemo(doc: NewsDoc): boolean {
  if (memos.has(doc)) return false;
  memos.set(doc, new Map());
  return true;
}

/** Forget the values memoised so far for a document (its text has changed). */
export function clearDocMemo(doc: NewsDoc): void {
  memos.get(doc)?.clear();
}

/** End a document's memo. */
export function closeDocMemo(doc: NewsDoc): void {
  memos.delete(doc);
}

/**
 * The value of `key` for a document: computed on first use in a pipeline run and then shared.
 * `compute` must depend only on what stays fixed while the annotate stages run (text, raw input,
 * metadata, the stage context), not on layers that later stages rewrite.
 */
export function memoised<T>(doc: NewsDoc, key: MemoKey<T>, compute: () => T): T {
  const memo = memos.get(doc);
  if (memo === undefined) return compute();
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  memo.set(key, value);
  return value;
}

/**
 * A bounded cache of member-list tails for an index backend that reads from disk (SQLite). Resolve
 * reads "the newest N" of the same busy lists over and over (posting lists of common signature
 * terms, a subject head's claims, a date's timeline entries); keeping the newest members of the
 * recently used lists in memory, and appending to them as members are filed, turns most of those
 * reads into an array slice. The cached tail is always exactly the newest members in filing order.
 */
import { keepRecent } from './keep-recent.js';

/** Member lists kept at most (default of {@link createMemberCache}). */
export const MEMBER_CACHE_LISTS = 4096;
/** Newest members kept per list; reads asking for more go to the backend (default). */
export const MEMBER_CACHE_TAIL = 256;

/** Where the cache loads a list from on a miss. */
export interface MemberSource {
  /** The newest `limit` members, oldest first. */
  newest(kind: string, key: string, limit: number): string[];
  /** How many members the list has. */
  count(kind: string, key: string): number;
}

/** The cache. */
export interface MemberCache {
  /** The newest `limit` members (oldest first), or undefined when `limit` is beyond the cached tail size. */
  newest(kind: string, key: string, limit: number): string[] | undefined;
  /** The list's size when the list is cached, else undefined. */
  count(kind: string, key: string): number | undefined;
  /** Whether the member is among the list's cached newest members (undefined when the list is not cached). */
  holds(kind: string, key: string, member: string): boolean | undefined;
  /** Note a member newly filed under kind and key (call only when the backend added it). */
  added(kind: string, key: string, member: string): void;
  /** Drop everything (after a rolled-back transaction). */
  clear(): void;
}

interface Tail {
  readonly members: string[];
  count: number;
}

/** Options of {@link createMemberCache}. */
export interface MemberCacheOptions {
  /** Lists kept (optional; default {@link MEMBER_CACHE_LISTS}). */
  readonly lists?: number;
  /** Members kept per list (optional; default {@link MEMBER_CACHE_TAIL}). */
  readonly tail?: number;
}

/** A least-recently-used cache of list tails over a backend. */
export function createMemberCache(source: MemberSource, options: MemberCacheOptions = {}): MemberCache {
  const lists = options.lists ?? MEMBER_CACHE_LISTS;
  const tailSize = options.tail ?? MEMBER_CACHE_TAIL;
  const entries = new Map<string, Tail>();
  const touch = (slot: string, entry: Tail): void => keepRecent(entries, slot, entry, lists);
  return {
    newest(kind, key, limit) {
      if (limit > tailSize) return undefined;
      const slot = `${kind}\u0000${key}`;
      let entry = entries.get(slot);
      if (entry === undefined) {
        const count = source.count(kind, key);
        entry = { members: count === 0 ? [] : source.newest(kind, key, tailSize), count };
      }
      touch(slot, entry);
      const members = entry.members;
      return members.length <= limit ? [...members] : members.slice(members.length - limit);
    },
    count(kind, key) {
      return entries.get(`${kind}\u0000${key}`)?.count;
    },
    holds(kind, key, member) {
      return entries.get(`${kind}\u0000${key}`)?.members.includes(member);
    },
    added(kind, key, member) {
      const entry = entries.get(`${kind}\u0000${key}`);
      if (entry === undefined) return;
      entry.count += 1;
      entry.members.push(member);
      if (entry.members.length > tailSize) entry.members.shift();
    },
    clear() {
      entries.clear();
    },
  };
}

// The rule ids live in the diagnostics leaf, which every stage may import.
export * from '../diagnostics/rule-ids.ts';

// Default severities live in the diagnostics leaf, which every stage may import.
export * from '../diagnostics/severity.ts';

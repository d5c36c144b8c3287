// Rules report through the diagnostics leaf; kept so rules import it beside them.
export * from '../diagnostics/report.ts';

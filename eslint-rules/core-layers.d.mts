import type { Rule } from 'eslint';

export declare const LAYERS: readonly string[];
export declare const SITE_ENTRY: string;
export declare const coreLayers: Rule.RuleModule;
declare const plugin: { rules: Record<string, Rule.RuleModule> };
export default plugin;

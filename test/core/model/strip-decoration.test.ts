import { describe, expect, it } from 'vitest';
import { isDecorationToken, stripDecoration } from '../../../src/core/model/strip-decoration.ts';

describe('stripDecoration', () => {
  it.each([
    ['🎯 SESSION SUMMARY', 'SESSION SUMMARY'],
    ['ğŸ¯ SESSION SUMMARY', 'SESSION SUMMARY'],
    ['ðŸ“Š Recent Major Accomplishments', 'Recent Major Accomplishments'],
    ['\uF8FFüéØ Executive Summary', 'Executive Summary'],
    ['âœ… Done', 'Done'],
    ['** Title ** :', 'Title'],
    ['— Title |', 'Title'],
    ['Backend 🚀 Status', 'Backend Status'],
    ['Ünïcödé Report', 'Ünïcödé Report'],
    ['C++ Port', 'C++ Port'],
    ['Ready?', 'Ready?'],
  ])('%j → %j', (text, stripped) => {
    expect(stripDecoration(text)).toBe(stripped);
  });
});

describe('isDecorationToken', () => {
  it('tells decoration from words', () => {
    expect(isDecorationToken('🎯')).toBe(true);
    expect(isDecorationToken('ğŸ¯')).toBe(true);
    expect(isDecorationToken('**')).toBe(true);
    expect(isDecorationToken('über')).toBe(false);
    expect(isDecorationToken('状态')).toBe(false);
  });
});

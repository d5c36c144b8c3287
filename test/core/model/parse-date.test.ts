import { describe, expect, it } from 'vitest';
import { isValidDate, parseDate } from '../../../src/core/model/parse-date.ts';

describe('parseDate', () => {
  it.each([
    ['2025-12-12', '2025-12-12'],
    ['  2025-12-12  ', '2025-12-12'],
    ['2025-12-12T10:00', '2025-12-12'],
    ['2025-12-12 14:20 UTC', '2025-12-12'],
    ['2025-12-12 (evening session)', '2025-12-12'],
    ['2025/12/12', '2025-12-12'],
    ['2025-1-5', '2025-01-05'],
    ['Dec 9, 2025', '2025-12-09'],
    ['Dec. 9, 2025', '2025-12-09'],
    ['December 9, 2025', '2025-12-09'],
    ['December 9th, 2025', '2025-12-09'],
    ['Sept 3 2025', '2025-09-03'],
    ['9 Dec 2025', '2025-12-09'],
    ['9 December, 2025', '2025-12-09'],
  ])('reads %j as %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });

  it.each([
    '2025-02-30',
    '2025-13-01',
    '12/09/2025',
    'soon',
    '20251212',
    '2025-12-1299',
    'Phase 2, 2025',
    '',
  ])('does not read %j', (text) => {
    expect(parseDate(text)).toBeNull();
  });
});

describe('parseDate on dates as real docs write them', () => {
  it.each([
    ['07.11.2025', '2025-11-07'],
    ['21 de Outubro de 2025', '2025-10-21'],
    ['7 de dezembro de 2025', '2025-12-07'],
    ['12 de diciembre de 2025', '2025-12-12'],
    ['7. Dezember 2025', '2025-12-07'],
    ['3 mars 2025', '2025-03-03'],
    ['2025年11月20日', '2025-11-20'],
    ['2025-12-10_00-39', '2025-12-10'],
    ['2025-12-22/23', '2025-12-22'],
    ['25/12/2025', '2025-12-25'],
    ['12/25/2025', '2025-12-25'],
    ['December 2025', '2025-12'],
    ['dezembro de 2025', '2025-12'],
    ['2025-12', '2025-12'],
  ])('reads %j as %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });

  it('reads an ambiguous day and month day first only when told', () => {
    expect(parseDate('08/12/2025')).toBeNull();
    expect(parseDate('08/12/2025', { dayFirst: true })).toBe('2025-12-08');
  });
});

describe('parseDate with a weekday or as `date` prints it', () => {
  it('reads a weekday before a day, in five languages, and the date command layout', () => {
    expect(parseDate('Thu, 4 Sep 2025')).toBe('2025-09-04');
    expect(parseDate('Do  4 Sep 2025 15:31:12 CEST')).toBe('2025-09-04');
    expect(parseDate('Thursday, September 4, 2025')).toBe('2025-09-04');
    expect(parseDate('Mon, 08 Dec 2025 10:00:00 +0000')).toBe('2025-12-08');
    expect(parseDate('Thu Sep  4 15:31:12 CEST 2025')).toBe('2025-09-04');
    expect(parseDate('dom 7 de dezembro de 2025')).toBe('2025-12-07');
  });

  it('never reads a month as a weekday, nor a weekday before a year alone', () => {
    expect(parseDate('Mar 2025')).toBe('2025-03');
    expect(parseDate('mar 4 2025')).toBe('2025-03-04');
    expect(parseDate('Sun 2025')).toBeNull();
    expect(parseDate('Sprint 3 December 2025')).toBeNull();
  });
});

describe('isValidDate', () => {
  it('accepts real days and leap days', () => {
    expect(isValidDate('2025-12-31')).toBe(true);
    expect(isValidDate('2024-02-29')).toBe(true);
  });

  it('rejects days that do not exist and other shapes', () => {
    expect(isValidDate('2025-02-29')).toBe(false);
    expect(isValidDate('2025-02-30')).toBe(false);
    expect(isValidDate('2025-04-31')).toBe(false);
    expect(isValidDate('2025-00-10')).toBe(false);
    expect(isValidDate('2025-12-00')).toBe(false);
    expect(isValidDate('2025-12-1')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { catalogueFor, directionOf, intlLocale, preferredTag } from './locales.js';

describe('locales', () => {
  it('picks the catalogue by language, English for the rest', () => {
    expect(catalogueFor('de-de')).toBe('de');
    expect(catalogueFor('de-AT')).toBe('de');
    expect(catalogueFor('ja-jp')).toBe('ja');
    expect(catalogueFor('fr-fr')).toBe('en');
    expect(catalogueFor('')).toBe('en');
    expect(catalogueFor('dee')).toBe('en');
    expect(catalogueFor(undefined)).toBe('en');
  });

  it('keeps the host tag for Intl when Intl knows it', () => {
    expect(intlLocale('de-de')).toBe('de-de');
    expect(intlLocale('en_GB')).toBe('en-GB');
    expect(intlLocale('not a tag')).toBe('en-US');
    expect(intlLocale(null)).toBe('en-US');
  });

  it('knows right-to-left languages', () => {
    expect(directionOf('ar-sa')).toBe('rtl');
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('ja-jp')).toBe('ltr');
  });

  it('reads the best tag from Accept-Language', () => {
    expect(preferredTag('ja-JP')).toBe('ja-JP');
    expect(preferredTag('en;q=0.5, de-DE;q=0.9')).toBe('de-DE');
    expect(preferredTag('*, <script>')).toBe('');
    expect(preferredTag(undefined)).toBe('');
  });
});

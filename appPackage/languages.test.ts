import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageFiles } from './package-builder.js';
import type { JsonValue } from './fill-manifest.js';
import { validateLanguageFile } from './validate-manifest.js';

type Manifest = {
  manifestVersion: string;
  name: { short: string; full: string };
  description: { short: string; full: string };
  localizationInfo: {
    defaultLanguageTag: string;
    additionalLanguages: { languageTag: string; file: string }[];
  };
  activities: { activityTypes: { description: string; templateText: string }[] };
};

const raw = JSON.parse(
  readFileSync(join(import.meta.dirname, 'manifest.json'), 'utf8'),
) as JsonValue;
const manifest = raw as unknown as Manifest;
const languages = languageFiles(raw);

/** The manifest's own (English) strings under the keys a language file uses. */
const englishStrings: Record<string, string> = {
  'name.short': manifest.name.short,
  'name.full': manifest.name.full,
  'description.short': manifest.description.short,
  'description.full': manifest.description.full,
  ...Object.fromEntries(
    manifest.activities.activityTypes.flatMap((activity, i) => [
      [`activities.activityTypes[${i}].description`, activity.description],
      [`activities.activityTypes[${i}].templateText`, activity.templateText],
    ]),
  ),
};

const parametersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const stringsOf = (strings: JsonValue) =>
  Object.fromEntries(
    Object.entries(strings as Record<string, string>).filter(([key]) => key !== '$schema'),
  );

describe('the manifest in other languages (localizationInfo)', () => {
  it('ships German and Japanese beside the default English', () => {
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('en-us');
    expect(manifest.localizationInfo.additionalLanguages).toEqual([
      { languageTag: 'de-de', file: 'de-de.json' },
      { languageTag: 'ja-jp', file: 'ja-jp.json' },
    ]);
    expect(languages.map((l) => l.file)).toEqual(['de-de.json', 'ja-jp.json']);
  });

  it.each(languages)('$file has every localisable string, and no other', ({ strings }) => {
    expect(Object.keys(stringsOf(strings)).sort()).toEqual(Object.keys(englishStrings).sort());
  });

  it.each(languages)('$file keeps the activity template parameters', ({ strings }) => {
    const translated = stringsOf(strings);
    for (const [key, english] of Object.entries(englishStrings)) {
      expect(parametersOf(translated[key] ?? ''), key).toEqual(parametersOf(english));
    }
    // The server sends only pulseTitle and meetingTitle: people's words, never English ones.
    expect(parametersOf(translated['activities.activityTypes[0].templateText'] ?? '')).toEqual([
      'pulseTitle',
    ]);
  });

  it.each(languages)('$file is translated, not a copy of the English', ({ strings }) => {
    const translated = stringsOf(strings);
    for (const key of ['name.full', 'description.short', 'description.full']) {
      expect(translated[key], key).not.toBe(englishStrings[key]);
    }
  });

  it.each(languages)(
    '$file validates against the official localization schema, offline',
    async ({ strings }) => {
      expect(await validateLanguageFile(strings, manifest.manifestVersion)).toEqual([]);
      expect((strings as { $schema: string }).$schema).toContain(
        `/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`,
      );
    },
  );

  it('refuses a language file with a key the schema does not know', async () => {
    const [first] = languages;
    const bad = { ...(first!.strings as object), 'configurableTabs[0].name': 'x' };
    expect(await validateLanguageFile(bad, manifest.manifestVersion)).not.toEqual([]);
  });
});

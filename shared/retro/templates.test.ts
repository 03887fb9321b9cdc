import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en/index.js';
import {
  columnTextIds,
  retroTemplates,
  templateDescriptionIds,
  templateIds,
  templateNameIds,
} from './templates.js';

describe('the shown text of built-in templates', () => {
  it('is, in English, exactly the stored text, for every built-in column and name', () => {
    for (const template of Object.values(retroTemplates)) {
      expect(en[templateNameIds[template.id as keyof typeof templateNameIds]]).toBe(template.name);
      for (const column of template.columns) {
        const ids = columnTextIds(column);
        expect(ids.title && en[ids.title]).toBe(column.title);
        expect(ids.prompt && en[ids.prompt]).toBe(column.prompt);
      }
    }
  });

  it('leaves words a person typed alone, even under a built-in column id', () => {
    expect(
      columnTextIds({ id: 'start', title: 'Begin', prompt: 'What should we start doing?' }),
    ).toEqual({ title: null, prompt: 'retro.column.start.prompt' });
    expect(columnTextIds({ id: 'col-1', title: 'Start', prompt: '' })).toEqual({
      title: null,
      prompt: null,
    });
    expect(columnTextIds({ id: '__proto__', title: 'Start', prompt: '' })).toEqual({
      title: null,
      prompt: null,
    });
  });
});

describe('the format library', () => {
  it('holds Starfish, Lean Coffee and Hot-Air Balloon with their columns', () => {
    expect(retroTemplates.starfish.columns.map((c) => c.title)).toEqual([
      'Keep doing',
      'More of',
      'Less of',
      'Start doing',
      'Stop doing',
    ]);
    expect(retroTemplates['lean-coffee'].columns.map((c) => c.id)).toEqual(['topics']);
    // The Lean Coffee prompt says how the format runs: propose, vote, discuss in vote order, time-boxed.
    expect(retroTemplates['lean-coffee'].columns[0]?.prompt).toMatch(/vote.*vote order.*minutes/);
    expect(retroTemplates['hot-air-balloon'].columns.map((c) => c.title)).toEqual([
      'Hot air',
      'Sandbags',
      'Storms',
      'Sunny skies',
    ]);
  });

  it('gives every column an id no other format uses, since its text is found by id alone', () => {
    const ids = Object.values(retroTemplates).flatMap((t) => t.columns.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('describes every format, custom included, in a sentence of its own', () => {
    const descriptions = templateIds.map((id) => en[templateDescriptionIds[id]]);
    expect(new Set(descriptions).size).toBe(templateIds.length);
    for (const text of descriptions) expect(text.length).toBeGreaterThan(10);
  });
});

import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en/index.js';
import { columnTextIds, retroTemplates, templateNameIds } from './templates.js';

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

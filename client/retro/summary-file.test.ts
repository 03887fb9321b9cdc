import { describe, expect, it } from 'vitest';
import { readRetroId, retroStageUrl } from './stage-link.js';
import { summaryFileName } from './summary-file.js';

describe('summary file name', () => {
  it('is a safe, dated .md name', () => {
    expect(summaryFileName('Sprint 12: Team A/B!', '2026-05-04T10:00:00Z')).toBe(
      'candor-retro-2026-05-04-sprint-12-team-a-b.md',
    );
    expect(summaryFileName('***', 'not a date')).toBe('candor-retro.md');
  });
});

describe('retro stage link', () => {
  it('carries the retro, chat and meeting ids and reads the retro id back', () => {
    const url = retroStageUrl('https://candor.example', {
      chatId: '19:abc@thread.v2',
      meetingId: 'm1',
      retroId: 'r 1',
    });
    const parsed = new URL(url);
    expect(parsed.pathname).toBe('/meeting-extension/stage.html');
    expect(parsed.searchParams.get('chatId')).toBe('19:abc@thread.v2');
    expect(readRetroId(parsed.search)).toBe('r 1');
    expect(readRetroId('?chatId=x')).toBeNull();
  });
});

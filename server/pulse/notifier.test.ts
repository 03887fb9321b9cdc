import { describe, expect, it } from 'vitest';
import { activityBody } from './notifier.js';

describe('activityBody', () => {
  const graph = new URL('https://graph.example.com');

  it('sends no words of its own: the manifest template (localised by Teams) says what happened', () => {
    const body = activityBody(graph, 'team-1', 'pulseOpened', 'Woche 12');
    expect(body.activityType).toBe('pulseOpened');
    expect(body.templateParameters).toEqual([{ name: 'pulseTitle', value: 'Woche 12' }]);
    expect(body.previewText.content).toBe('Woche 12');
  });

  it('keeps the preview within what Graph accepts', () => {
    const body = activityBody(graph, 'team-1', 'pulseClosingSoon', 'x'.repeat(400));
    expect(body.previewText.content).toHaveLength(150);
    expect(body.previewText.content.endsWith('…')).toBe(true);
  });
});

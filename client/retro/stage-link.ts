import { stageUrl, type StageParams } from '../stage-url.js';

/** The stage URL for a retro: every id the stage needs rides in it. */
export function retroStageUrl(origin: string, params: StageParams & { retroId: string }): string {
  const url = new URL(stageUrl(origin, params));
  url.searchParams.set('retroId', params.retroId);
  return url.toString();
}

export function readRetroId(search: string): string | null {
  return new URLSearchParams(search).get('retroId') || null;
}

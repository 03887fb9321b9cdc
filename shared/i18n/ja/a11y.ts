import type { Catalogue } from '../en/index.js';
import type { a11y as en } from '../en/a11y.js';

export const a11y: Catalogue<typeof en> = {
  'a11y.retro.phaseChanged': 'フェーズ {index}/{total}: {name}',
  'a11y.retro.newCards': '{count, plural, other {新しいカードが # 枚あります}}',
  'a11y.retro.timerOneMinute': '残り 1 分です',
  'a11y.retro.timerUp': '時間になりました',
  'a11y.retro.voteCounted': '投票が反映されました。{left, plural, other {残り # 票です。}}',
  'a11y.mobile.sidePanelNote':
    '振り返りは会議のサイド パネルで行います。サイド パネルは Teams のデスクトップ版と Web 版でのみ表示されるため、参加するにはコンピューターから会議に参加してください。',
};

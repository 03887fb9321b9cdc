import type { Catalogue } from '../en/index.js';
import type { pulse as en } from '../en/pulse.js';

export const pulse: Catalogue<typeof en> = {
  'pulse.view.backToPulses': '← パルス調査に戻る',
  'pulse.answer.title': '回答: {title}',
  'pulse.answer.doneBody':
    '<title>回答を受け付けました。</title>回答は匿名です。名前や時刻は保存されず、チームの所有者を含め誰もあなたの回答を見ることはできません。結果はパルス調査の終了後、{k}人以上が回答した場合に表示されます。',
  'pulse.answer.backToPulses': 'パルス調査に戻る',
  'pulse.answer.alreadyAnswered':
    '回答済みです。ありがとうございました。結果の匿名性を保つため、回答は1人1回です。',
  'pulse.answer.notOpen': 'このパルス調査は終了しているため、回答できません。',
  'pulse.answer.commentHint': '任意です。名前やあなたを特定できる情報は含めないでください。',
  'pulse.answer.notSent': '回答を送信できませんでした',
  'pulse.answer.sending': '送信しています…',
  'pulse.answer.submit': '回答を送信',
  'pulse.answer.allAtOnce': 'すべての文を1画面に表示',
  'pulse.answer.statements': '文',
  'pulse.answer.back': '戻る',
  'pulse.answer.skip': 'スキップ',
  'pulse.answer.next': '次へ',
  'pulse.scale.option': '{label} ({value})',
  'pulse.scale.low': '1 {label}',
  'pulse.scale.high': '7 {label}',
  'pulse.scale.choice': '選択: {label}',
  'pulse.scale.skipped': 'スキップしました',
  'pulse.scale.notAnswered': '未回答',
  'pulse.items.untranslated':
    '検証済みの{language}訳がないため、これらの文は英語で表示しています。独自に翻訳するとスコアが比較できなくなります。',
  'pulse.items.translationSource': '翻訳: <link>{citation}</link>',
  'pulse.anonymity.summary': '匿名性のしくみ',
  'pulse.anonymity.stored':
    '回答は名前や回答時刻なしで保存されます。Candorが保存するのは、1回だけ回答できるようにするための参加済みの封印された記録のみで、この記録を回答と結び付けることはできません。',
  'pulse.anonymity.owners':
    'チームの所有者が個々の回答を見ることはなく、パルス調査の実施中に回答数を見ることもできません。分かるのは十分な人数が回答したかどうかだけです。',
  'pulse.anonymity.threshold':
    '結果はパルス調査の終了後、しきい値（3人以上、通常は5人）以上が回答した場合にのみ表示されます。それ以外の場合、チームの所有者に表示されるのは招待した人数だけです。',
  'pulse.anonymity.comments':
    '自由回答のコメントは、{count}人以上が回答した場合にのみチームの所有者に表示され、チームと共有されることはありません。',
  'pulse.anonymity.noFilters': 'チームを小さなグループに分けるフィルターはありません。',
  'pulse.anonymity.source':
    '7つの文は<link>Edmondson (1999), Administrative Science Quarterly 44(2)</link>によるものです。',
  'pulse.config.addChannel': 'このチャネルに追加',
  'pulse.config.addMeeting': 'この会議に追加',
  'pulse.config.addsHeading': 'Candorで追加される機能',
  'pulse.config.channelBody':
    'チームの所有者が短い匿名のパルス調査を予定し、全員がチームの傾向を確認できます。回答から個人が特定されることはありません。',
  'pulse.config.meetingBody':
    'サイドパネルから会議の参加者全員と構造化された振り返りを行い、ボードを会議ステージで共有できます。',
  'pulse.config.selectSave': '[保存]を選択してタブを追加します。',
  'pulse.config.checking': 'ユーザーを確認しています…',
  'pulse.config.membershipError': 'メンバーシップを確認できませんでした',
  'pulse.config.notSaved': 'タブは保存されませんでした',
  'pulse.content.noScopeTitle': 'Candorにはチームまたは会議が必要です',
  'pulse.content.noScopeBody':
    'パルス調査にはチームのチャネルに、振り返りには会議にCandorをタブとして追加してください。',
  'pulse.content.meeting': '会議',
  'pulse.content.team': 'チーム',
  'pulse.content.loadingRetros': '振り返りを読み込んでいます…',
  'pulse.content.teamMembers': 'チーム メンバー',
  'pulse.results.withheldFew': 'この文への回答が足りません',
  'pulse.results.withheldProtects': '回答が少なすぎる文の結果を推測できないよう非表示にしています',
  'pulse.results.withheldFewWhy':
    '回答者数が、全員の匿名性を保つために必要な人数に達していません。',
  'pulse.results.withheldProtectsWhy':
    'この数値から、回答者が少なすぎる文の数値がわかってしまう可能性があります。',
  'pulse.results.reverseScored': '逆転項目: 高いほど良い値として表示',
  'pulse.results.reversedInline': ' ({note})',
  'pulse.results.perStatement': '文ごとの結果',
  'pulse.results.itemScore': 'スコア <num>{score}</num> / 100',
  'pulse.results.sideBySide': 'すべての文の比較',
  'pulse.results.colStatement': '文',
  'pulse.results.colScore': 'スコア (0–100)',
  'pulse.results.colFavourable': '肯定的',
  'pulse.results.colNeutral': '中立',
  'pulse.results.colUnfavourable': '否定的',
  'pulse.config.channelAdds': '心理的安全性に関する匿名のパルス調査とチームの傾向。',
  'pulse.config.meetingAdds': '会議のサイドパネルでの振り返り。',
  'pulse.answer.position': '{position}. ',
  'pulse.results.title': '結果: {title}',
  'pulse.results.loading': '結果を読み込んでいます…',
  'pulse.results.loadError': '結果を読み込めませんでした',
  'pulse.results.notEnough': '匿名性を保つための回答数が足りません',
  'pulse.results.stillOpen': '結果はパルス調査の終了後に表示されます',
  'pulse.results.cancelled': 'このパルス調査はキャンセルされました',
  'pulse.results.invited': '{count, plural, other {#人が招待されました。}}',
  'pulse.results.sharedState': 'コメントを除いてチームと共有しています。',
  'pulse.results.stopSharing': '共有を停止',
  'pulse.results.ownersOnly': 'この結果はチームの所有者にのみ表示されます。',
  'pulse.results.share': '結果をチームと共有',
  'pulse.results.actionFailed': '操作できませんでした',
  'pulse.results.shareTitle': 'この結果をチームと共有しますか?',
  'pulse.results.shareMessage':
    'このチームの{count, plural, other {#人のメンバー}}全員が、このタブでチームのスコアとその範囲、回答の分布、次に話し合うこと、文ごとの結果を見られるようになります。コメントが表示されることはなく、誰が何と回答したかは誰にもわかりません。共有はいつでも停止できますが、すでに結果を読んだ人の記憶からは消えません。',
  'pulse.results.shareConfirm': 'チームと共有',
  'pulse.results.shareDismiss': '今はしない',
  'pulse.results.unshareTitle': 'この結果の共有を停止しますか?',
  'pulse.results.unshareMessage':
    'メンバーはこのタブでこの結果とこのパルス調査を見られなくなり、傾向からも除かれます。チームの所有者は引き続きすべてを見られます。後で再び共有できます。',
  'pulse.results.unshareConfirm': 'はい、共有を停止します',
  'pulse.results.unshareDismiss': '共有を続ける',
  'pulse.section.count': ' ({count})',
  'pulse.section.showMore': 'さらに{count}件を表示 (残り{rest}件)',
};

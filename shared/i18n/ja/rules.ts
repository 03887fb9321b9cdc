import type { Catalogue } from '../en/index.js';
import type { rules as en } from '../en/rules.js';

export const rules: Catalogue<typeof en> = {
  'rules.ended':
    'このレトロは終了しているため、これ以上変更できません。続けるには新しいレトロを開始してください。',
  'rules.facilitatorOnly':
    '{action}はファシリテーターだけができます。ファシリテーターに依頼するか、退出している場合は交代してください。',
  'rules.alreadyFacilitator': 'あなたはすでにファシリテーターです。',
  'rules.facilitatorPresent':
    'ファシリテーターはまだ参加しています。しばらく不在になったら交代できます。',
  'rules.wrongPhase': '{action}は{during}のフェーズでのみできます。現在は{now}のフェーズです。',
  'rules.lastPhase': 'これが最後のフェーズです。終えるにはレトロを終了してください。',
  'rules.firstPhase': 'これが最初のフェーズなので、戻る先はありません。',
  'rules.alreadyRevealed': 'カードはすでに公開されています。',
  'rules.vote.noneToTakeBack': 'このトピックには取り消せる票がありません。',
  'rules.vote.budgetUsed':
    '{budget, plural, other {持ち票 # 票をすべて使いました。}}ここに投票するには、ほかのトピックから 1 票取り消してください。',
  'rules.vote.capReached':
    '{cap, plural, other {1 つのトピックに投じられるのは最大 # 票です。}}残りはほかのトピックに使ってください。',
  'rules.action.advance': '次のフェーズへの移動',
  'rules.action.back': '前のフェーズへの移動',
  'rules.action.reveal': 'カードの公開',
  'rules.action.focusTopic': '話し合うトピックの選択',
  'rules.action.startTimer': 'タイマーの開始',
  'rules.action.stopTimer': 'タイマーの停止',
  'rules.action.handOver': 'ファシリテーターの引き継ぎ',
  'rules.action.end': 'レトロの終了',
  'rules.action.takeOver': 'ファシリテーターの交代',
  'rules.action.setReady': '準備完了の表示',
  'rules.action.answerSafety': '安全性チェックへの回答',
  'rules.action.reviewItem': '前回のアクションの更新',
  'rules.action.addCard': 'カードの追加',
  'rules.action.editCard': 'カードの編集',
  'rules.action.deleteCard': 'カードの削除',
  'rules.action.moveCard': 'グループ間のカード移動',
  'rules.action.createGroup': 'グループの作成',
  'rules.action.nameGroup': 'グループの命名',
  'rules.action.vote': '投票',
  'rules.action.addNote': 'メモの追加',
  'rules.action.addAction': 'アクションの追加',
  'rules.action.updateAction': 'アクションの変更',
  'rules.action.deleteAction': 'アクションの削除',
  'rules.action.answerRoti': 'レトロの評価',
  'rules.action.setCheckinQuestion': 'チェックインの質問の選択',
  'rules.action.showCheckinAnswers': 'チェックインの回答の表示',
  'rules.action.answerCheckin': 'チェックインの質問への回答',
  'rules.action.setPostSummary': '会議チャットへの概要の投稿の設定',
};

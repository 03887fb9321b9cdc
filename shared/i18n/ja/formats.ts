import type { Catalogue } from '../en/index.js';
import type { formats as en } from '../en/formats.js';

export const formats: Catalogue<typeof en> = {
  'formats.template.starfish': 'スターフィッシュ',
  'formats.template.leanCoffee': 'リーンコーヒー',
  'formats.template.hotAirBalloon': '熱気球',
  'formats.column.keepDoing.title': '続ける',
  'formats.column.keepDoing.prompt': 'うまくいっていて、続けるべきことは何ですか？',
  'formats.column.moreOf.title': 'もっと増やす',
  'formats.column.moreOf.prompt': '何をもっと増やすべきですか？',
  'formats.column.lessOf.title': '減らす',
  'formats.column.lessOf.prompt': '何を減らすべきですか？',
  'formats.column.startDoing.title': '始める',
  'formats.column.startDoing.prompt': '新しく何を試すべきですか？',
  'formats.column.stopDoing.title': 'やめる',
  'formats.column.stopDoing.prompt': '役に立っておらず、やめるべきことは何ですか？',
  'formats.column.topics.title': 'トピック',
  'formats.column.topics.prompt':
    '話したいトピックを提案してください。その後投票し、票の多い順に数分ずつ話し合います。',
  'formats.column.hotAir.title': '熱い空気',
  'formats.column.hotAir.prompt': '何が私たちを持ち上げていますか？',
  'formats.column.sandbags.title': '砂袋',
  'formats.column.sandbags.prompt': '何が私たちを引き止めていますか？',
  'formats.column.storms.title': '嵐',
  'formats.column.storms.prompt': 'この先にどんなリスクがありますか？',
  'formats.column.sunnySkies.title': '晴れ空',
  'formats.column.sunnySkies.prompt': '何がうまくいっていますか？',

  'formats.describe.startStopContinue':
    '習慣についての3つの素朴な問い：何を始め、何をやめ、何を続けるか。迷ったときの定番です。',
  'formats.describe.madSadGlad':
    'まず気持ちから：何に不満を感じ、何にがっかりし、何がうれしかったか。大変な時期の後に向いています。',
  'formats.describe.fourLs':
    '良かったこと、学んだこと、足りなかったこと、望んだこと。落ち着いて振り返れます。',
  'formats.describe.sailboat':
    '一枚の絵で：風は私たちを進め、錨は引き止め、岩はリスク、島は目標です。',
  'formats.describe.starfish': '習慣を度合いで調整します：続ける、増やす、減らす、始める、やめる。',
  'formats.describe.leanCoffee':
    '決まった議題はありません：全員がトピックを提案し、投票して、票の多い順に時間を区切って話し合います。',
  'formats.describe.hotAirBalloon':
    '一枚の絵で：熱い空気は私たちを持ち上げ、砂袋は重しになり、嵐はこの先のリスク、晴れ空はうまくいっていることです。',

  'formats.saved.group': 'チームが保存した形式',
  'formats.saved.groupSeries': 'この会議シリーズで保存した形式',
  'formats.saved.by': '{name} が保存しました。列：{columns}',
  'formats.saved.delete': '保存した形式を削除',
  'formats.saved.deleteConfirm': '「{name}」を全員に対して削除しますか？',
  'formats.saved.deleted': '「{name}」を削除しました。',
  'formats.saved.saveLegend': 'この列を次回のために保存',
  'formats.saved.name': '形式の名前',
  'formats.saved.save': '形式を保存',
  'formats.saved.saving': '保存しています…',
  'formats.saved.savedNote': '「{name}」として保存しました。次回は一覧から選べます。',
  'formats.saved.saveFailed': '形式は保存されませんでした',
  'formats.saved.deleteFailed': '形式は削除されませんでした',
  'formats.saved.nameProblem': '形式に名前を付けてください。',
  'formats.saved.count': '{limit} 件中 {count} 件保存済み',
  'formats.saved.notInTeam':
    '保存した形式はこの会議のチームのものです。チームのメンバーだけが表示・保存できます。',
  'formats.error.nameTaken':
    '「{name}」という名前の形式はすでに保存されています。別の名前にするか、先に古いものを削除してください。',
  'formats.error.full':
    'このチームにはすでに {limit} 件の形式が保存されています。使わなくなったものを削除してから、もう一度保存してください。',
  'formats.error.notFound': 'その保存した形式はもうありません。別の形式を選んでください。',
  'formats.error.notYours': 'この形式を削除できるのは、保存した人かチームの所有者だけです。',
  'formats.error.notInTeam':
    '保存した形式はこの会議のチームのものですが、あなたはそのメンバーではありません。チームの所有者に追加を依頼するか、組み込みの形式を使ってください。',
};

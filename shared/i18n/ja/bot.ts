import type { Catalogue } from '../en/index.js';
import type { bot as en } from '../en/bot.js';

export const bot: Catalogue<typeof en> = {
  'bot.card.title': 'レトロスペクティブのまとめ: {title}',
  'bot.card.untitledRetro': 'レトロスペクティブ',
  'bot.card.ended': '{date} に終了',
  'bot.card.topTopics': '上位のトピック',
  'bot.card.topic': '{title}（{votes, plural, other {# 票}}）',
  'bot.card.untitledTopic': '無題のトピック',
  'bot.card.noTopics': '表示するトピックはありません。',
  'bot.card.hiddenTopics': 'カードが公開されなかったため、トピックは非公開のままです。',
  'bot.card.actionItems': 'アクションアイテム',
  'bot.card.action': '{owner}: {text}',
  'bot.card.due': '期限 {due}',
  'bot.card.noActions': 'アクションアイテムはありません。',
  'bot.card.roti':
    '費やした時間の価値 (ROTI): 平均 {mean} / 5（{answered, plural, other {# 件の回答}}）',
  'bot.card.openSummary': 'まとめを開く',
  'bot.card.fallback': 'Candor からのレトロスペクティブのまとめ: {title}',
  'bot.setting.postSummary': 'レトロスペクティブの終了時に、会議チャットへまとめのカードを投稿する',
  'bot.setting.postSummaryMenu': 'まとめをチャットに投稿',
  'bot.setting.postSummaryHint':
    '上位のトピック、担当者付きのアクションアイテム、ROTI を投稿します。非公開のカードの文面は投稿されません。',
  'bot.auth.noToken':
    'このエンドポイントは Bot Connector 用です。Authorization ヘッダーで "Bearer " に続けてトークンを送ってください。',
  'bot.auth.expired':
    'Bot Connector のトークンの有効期限が切れています。新しいトークンを送ってください。',
  'bot.auth.claim':
    'Bot Connector のトークンはこのボット宛てではありません（"{claim}" クレームが一致しません）。Azure Bot リソースがこのアプリ登録を使っているか確認してください。',
  'bot.auth.badToken':
    'Bot Connector のトークンを Bot Framework の署名キーで検証できませんでした。',
  'bot.auth.endorsement':
    'Bot Connector のトークンは、{channel} チャネル用に承認されていないキーで署名されています。',
  'bot.auth.serviceUrl':
    'Bot Connector のトークンは、アクティビティが示すものとは別のサービス URL 向けに発行されています。',
  'bot.auth.unavailable':
    'Bot Framework の署名キーを今は読み取れません。1 分後にもう一度お試しください。',
  'bot.activity.malformed': 'Candor はこのアクティビティを理解できません: {detail}',
};

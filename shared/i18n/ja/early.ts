import type { Catalogue } from '../en/index.js';
import type { early as en } from '../en/early.js';

export const early: Catalogue<typeof en> = {
  'early.open.heading': '会議の前にカードを',
  'early.open.intro':
    '次の振り返りを今開くと、このチャットの全員が自分のペースで匿名のカードを追加できます。カードは、ファシリテーターが会議で公開するまで誰にも見えません。',
  'early.open.button': '次の振り返りを今開く',
  'early.form.title': '次の振り返りを開く',
  'early.form.who':
    'あなたがファシリテーターになります。振り返りは「収集」から始まります。会議中もサイドパネルから「チェックイン」や「前回の確認」に戻れます。',
  'early.form.submit': 'カードの受付を始める',
  'early.form.submitting': '開いています…',
  'early.form.failed': '振り返りを開けませんでした',
  'early.remind.label': 'このチャットへのリマインダー',
  'early.remind.none': 'リマインダーなし',
  'early.remind.15m': '会議の15分前',
  'early.remind.1h': '会議の1時間前',
  'early.remind.1d': '会議の1日前',
  'early.remind.past': '{choice}(過ぎています)',
  'early.remind.start':
    '会議は{start}に始まります。リマインダーはこのチャットの全員のアクティビティ フィードに届きます。カードの内容や名前は含まれません。',
  'early.remind.loading': '会議の開始時刻を読み込んでいます…',
  'early.remind.noStart':
    'Teams から会議の開始時刻を取得できなかったため、リマインダーは送られません。代わりにチャットで知らせてください。',
  'early.gather.heading': '{title}: カード受付中',
  'early.gather.intro':
    '会議の前にカードを追加してください。自分のカードは見えますが、ほかの人にはファシリテーターが公開するまで枚数だけが表示されます。',
  'early.gather.next':
    '会議が始まったら、会議のサイドパネルで Candor を開いてください。振り返りはこれらのカードとともに「収集」から続きます。ファシリテーターは先に「チェックイン」や「前回の確認」に戻ることもできます。',
  'early.gather.loading': '受付中の振り返りを読み込んでいます…',
  'early.gather.loadFailed': '受付中の振り返りを読み込めませんでした',
  'early.reminder.pending':
    '{at}に、このチャットのアクティビティ フィードにリマインダーが届きます。',
  'early.reminder.sent': 'リマインダーをこのチャットのアクティビティ フィードに送りました。',
  'early.reminder.notSent':
    'リマインダーは送られませんでした。会議が始まったか、振り返りが次に進んだためです。',
  'early.server.startPast':
    '会議はすでに始まっているため、リマインダーは不要です。「リマインダーなし」を選ぶか、会議のサイドパネルで振り返りを進めてください。',
  'early.server.startTooFar':
    '会議まで60日以上あります。「リマインダーなし」を選ぶか、会議が近づいてから振り返りを開いてください。',
  'early.server.reminderPast':
    'そのリマインダーの時刻はすでに過ぎています。会議までの時間を短く選ぶか、「リマインダーなし」を選んでください。',
};

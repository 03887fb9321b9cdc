import type { Catalogue } from '../en/index.js';
import type { prompts as en } from '../en/prompts.js';

export const prompts: Catalogue<typeof en> = {
  'prompts.error.notClosed':
    'このパルスはまだ回答受付中です。締め切られて結果が出てから、レトロに送ってください。',
  'prompts.error.notReleased':
    'このパルスは回答が少なく結果を表示できないため、レトロに送る内容がありません。',
  'prompts.error.noStatements':
    '表示できるだけの回答が集まった項目がないため、レトロに送る内容がありません。',
  'prompts.error.noMeetings':
    'このチームにはまだレトロの会議がありません。「傾向」の「この傾向に含める会議」で、チームがレトロを行う会議を追加してから、もう一度送ってください。',
  'prompts.send.title': '次のレトロで話し合う',
  'prompts.send.body':
    'スコアが最も低い 2 つの項目と前回のパルスからの変化を、このチームの会議で次に行うレトロの「前回の確認」フェーズに送ります。会議の参加者は、チーム外の人も含めて全員がこのチームの数値を見ます。個々の回答やコメントは送られません。',
  'prompts.send.button': '次のレトロに送る',
  'prompts.send.sending': '送信中…',
  'prompts.send.failed': 'レトロに送れませんでした',
  'prompts.send.done':
    '{count, plural, other {# 件の会議シリーズに送りました。}}そこで次に開始されるレトロの「前回の確認」に表示されます。',
  'prompts.review.title': '前回のパルスから: {title}',
  'prompts.review.closed': '{date} に締め切り。チームのスコアは 100 点中 {score} 点です。',
  'prompts.review.lowest': 'スコアが最も低かった項目',
  'prompts.review.statementScore': '100 点中 {score} 点',
  'prompts.review.change':
    '{direction, select, up {前回のパルスから {points} ポイント上がりました。} down {前回のパルスから {points} ポイント下がりました。} other {前回のパルスから明確な変化はありません。}}',
  'prompts.review.guideTitle': '話し合い方',
  'prompts.review.guide.frame':
    '場を整える: これはチームの数値であり、誰かの回答ではありません。誰が何を答えたかを探すためではなく、一緒に働く方法を学ぶために見ます。',
  'prompts.review.guide.ask':
    '問いかけて、聴く: 「ここでは何が難しくしているのだろう」「何があれば助かるだろう」と、本当に知りたいから尋ねます。ファシリテーターは最後に話します。',
  'prompts.review.guide.respond':
    '感謝をもって応える: 声を上げた人に感謝し、つらい話は責める材料ではなく情報として受け止めます。',
  'prompts.review.guide.never':
    '誰が何と答えたかを推測しないでください。パルスは匿名であり、話し合いも匿名のままです。',
  'prompts.review.source':
    'エドモンドソンのリーダー向けツールキット（土台をつくる・参加を求める・生産的に対応する）に基づく。A. C. Edmondson (2019), The Fearless Organization, Wiley, 第 7 章。',
};

import type { Catalogue } from '../en/index.js';
import type { server as en } from '../en/server.js';

const wait =
  '{waitUnit, select, second {{wait, plural, other {#秒後}}} minute {{wait}分後} other {{wait}時間後}}';

export const server: Catalogue<typeof en> = {
  'server.error.internal':
    'サーバー側で問題が発生したため、この変更は保存されていない可能性があります。もう一度お試しください。問題が続く場合は、参照番号 {reference} を管理者にお伝えください。',
  'server.error.invalidRequest':
    '要求が無効です{hasPath, select, yes {(「{path}」)} other {}}: {detail}。修正してもう一度お試しください。',
  'server.error.invalidRequestUnknown': '不明な問題',
  'server.error.nothingAt': '{method} {path} には何もありません。',
  'server.error.badUrl':
    'アドレスが無効です。壊れた %-エスケープが含まれています。Candor を再読み込みしてもう一度お試しください。アドレスを入力した場合は、確認してください。',
  'server.error.paramTooLong':
    'アドレスの一部が Candor の上限を超えています。Candor を再読み込みしてもう一度お試しください。',
  'server.error.bodyTooLarge':
    'この要求は Candor の上限 (256 KB) を超えています。テキストを短くしてもう一度お試しください。',
  'server.error.jsonOnly':
    'Candor が受け付ける要求本文は JSON のみです。Content-Type: application/json で本文を送信してください。',
  'server.error.contentLength':
    '要求本文の長さが Content-Length ヘッダーと一致しません。要求をもう一度送信してください。',
  'server.error.emptyJson':
    '要求は JSON を含むとしていますが、本文が空です。JSON 本文を送信するか、Content-Type ヘッダーを省略してください。',
  'server.error.invalidJson':
    '要求本文が有効な JSON ではないか、予約済みのキー (__proto__ または constructor) を使用しています。本文を修正してもう一度お試しください。',
  'server.error.unreadable':
    'Candor はこの要求を読み取れませんでした。Candor を再読み込みしてもう一度お試しください。問題が続く場合は、管理者にお問い合わせください。',
  'server.error.busy': 'Candor は現在混み合っています。しばらく待ってからもう一度お試しください。',
  'server.error.requestTimeout':
    '要求の到着に時間がかかりすぎました。接続を確認してもう一度お試しください。',
  'server.error.headersTooLarge':
    '要求ヘッダーが Candor の上限を超えています。Candor を再読み込みしてもう一度お試しください。',
  'server.error.brokenAddress':
    'アドレスに制御文字または壊れた文字が含まれているため、Candor 内の何も指していません。Candor を再読み込みしてもう一度お試しください。',
  'server.error.tooManyRequests': `短時間に{who, select, you {あなた} organisation {あなたの組織} other {このネットワーク アドレス}}からの要求が多すぎます。${wait}にもう一度お試しください。`,
  'server.error.idempotencyKeyReused':
    'この Idempotency-Key は別の変更で既に使用されています。変更ごとに新しい一意のキーを送信してください。',
  'server.error.idempotencyKeyMissing':
    '振り返りの変更には Idempotency-Key ヘッダーが必要です。再試行でカードや投票が重複しないようにするためです。変更ごとに新しい一意のキーを送信してください。',
  'server.error.idempotencyKeyMalformed':
    'Idempotency-Key ヘッダーは、英数字、ドット、コロン、ハイフン、アンダースコアの 1 ～ 200 文字である必要があります。UUID を送信してください。',

  'server.auth.noToken':
    'この要求にはサインイン トークンがありません。サインインできるよう、Teams で Candor を開き直してください。',
  'server.auth.required':
    'サインインが必要です。Teams で Candor を開き直して、もう一度サインインしてください。',
  'server.auth.tenantNotAllowed':
    'あなたの組織はこの Candor サーバーを使用できません。IT 管理者にテナントを ENTRA_ALLOWED_TENANTS に追加するよう依頼するか、組織が運用している Candor を使用してください。',
  'server.auth.notJwt':
    'サインイン トークンの形式が正しくありません (JWT ではありません)。Teams で Candor を閉じて開き直し、もう一度サインインしてください。',
  'server.auth.algorithmNamed':
    'サインイン トークンはサポートされていない署名アルゴリズム ({alg}) を使用しています。受け付けるのは Microsoft Entra ID の RS256 トークンのみです。Teams で Candor を閉じて開き直し、もう一度サインインしてください。',
  'server.auth.noTenant':
    'サインイン トークンに有効なテナント ID (tid) がないため、Entra ID の職場または学校のトークンではありません。Teams で Candor を閉じて開き直し、もう一度サインインしてください。',
  'server.auth.appToken':
    'このトークンはサインインしたユーザーではなく、アプリケーションに発行されています。access_as_user スコープの委任ユーザー トークンで Candor を呼び出してください。',
  'server.auth.noScope':
    'サインイン トークンに Candor の {scope} スコープがありません。IT 管理者に Candor の API アクセス許可への同意を依頼してから、Teams で Candor を開き直してください。',
  'server.auth.noOid':
    'サインイン トークンにユーザー オブジェクト ID (oid) がありません。Teams で Candor を閉じて開き直し、もう一度サインインしてください。',
  'server.auth.expired':
    'サインインの有効期限が切れました。Teams で Candor を閉じて開き直し、もう一度サインインしてください。',
  'server.auth.wrongAudience':
    'サインイン トークンは別のアプリケーション向けです (対象ユーザーが違います)。Candor の API ({audience}) のトークンを要求してください。Teams で Candor を閉じて開き直し、もう一度サインインしてください。',
  'server.auth.wrongIssuer':
    'サインイン トークンは、このサーバーのテナント用 Microsoft Entra 機関から発行されたものではありません (発行者が違います)。Candor は v2.0 トークンのみを受け付けます。アプリの登録で accessTokenAcceptedVersion を 2 にする必要があります。Teams で Candor を閉じて開き直し、もう一度サインインしてください。',
  'server.auth.claim':
    'サインイン トークンがまだ有効でないか、不完全です ({claim})。Teams で Candor を閉じて開き直し、もう一度サインインしてください。',
  'server.auth.unknownKey':
    'サインイン トークンは、Microsoft Entra ID が公開していないキーで署名されています (不明な署名キー)。Teams で Candor を閉じて開き直し、もう一度サインインしてください。',
  'server.auth.badSignature':
    'サインイン トークンの署名が無効です。Teams で Candor を閉じて開き直し、もう一度サインインしてください。',
  'server.auth.algorithm':
    'サインイン トークンはサポートされていない署名アルゴリズムを使用しています。Teams で Candor を閉じて開き直し、もう一度サインインしてください。',
  'server.auth.malformed':
    'サインイン トークンの形式が正しくありません。Teams で Candor を閉じて開き直し、もう一度サインインしてください。',
  'server.auth.unavailable':
    '現在、Candor は Microsoft のサインイン サービスに接続できず、サインインを確認できません。1 分後にもう一度お試しください。問題が続く場合は、サーバーが ENTRA_AUTHORITY_HOST に接続できるか IT 管理者に確認を依頼してください。',

  'server.access.notTeamMember':
    'あなたはこのチームのメンバーではありません。チームの所有者に追加を依頼してから、タブを開き直してください。',
  'server.access.notChatMember':
    'あなたはこの会議チャットの参加者ではありません。開催者に招待を依頼してから、Candor を開き直してください。',
  'server.access.ownersOnly':
    'この操作はチームの所有者のみが行えます。チームの所有者に依頼してください。',
  'server.graph.cannotSeeTeam':
    'Candor はこのチームを参照できません。チームの所有者に Candor をチームに追加 (アプリをインストール) するよう依頼してから、タブを開き直してください。',
  'server.graph.cannotSeeChat':
    'Candor はこの会議チャットを参照できません。開催者に Candor を会議に追加するよう依頼してから、開き直してください。',
  'server.graph.unavailable':
    '現在、Candor は Microsoft 365 から Teams のメンバーシップを読み取れません。1 分後にもう一度お試しください。',
  'server.graph.tokenUnavailable':
    '現在、Candor は Microsoft Graph にアクセスできないため、Teams のメンバーシップを読み取れません。しばらくしてからもう一度お試しください。問題が続く場合は、サーバーが ENTRA_AUTHORITY_HOST に接続できるか IT 管理者に確認を依頼してください。',
  'server.graph.badCredentials':
    'Microsoft Entra ID が Candor のアプリ資格情報を拒否しました ({detail})。IT 管理者に ENTRA_CLIENT_ID と ENTRA_CLIENT_SECRET の確認を依頼してください。クライアント シークレットが間違っているか、期限切れの可能性があります。',
  'server.graph.tenantRefused':
    'Microsoft Entra ID があなたの組織での Candor の使用を拒否しました ({detail})。IT 管理者に、テナントへの Candor のインストールとアクセス許可の付与、および ENTRA_CLIENT_ID の確認を依頼してください。',
  'server.graph.tokenServerError':
    '現在、Microsoft Entra ID は Candor にトークンを発行できません ({detail})。しばらくしてからもう一度お試しください。問題が続く場合は、IT 管理者に Candor のアプリの登録の確認を依頼してください。',

  'server.live.tooManyStreams':
    'ライブ接続が既に {max} 件開いており、1 人あたりの上限に達しています。他のウィンドウやタブで Candor を閉じてから、{seconds} 秒後にもう一度お試しください。',
  'server.live.badRoom':
    'ライブ更新のルーム ID の形式が正しくありません。{teamForm} または {chatForm} を URL エンコードしてパスに指定してください。',
  'server.live.badLastEventId':
    'Last-Event-ID (または ?after=) には、最後に受信したイベントの番号を指定してください。最初からやり直すには、指定せずに再接続してください。',
  'server.live.unknownRoomKind':
    'このサーバーでは「{kind}」ルームのライブ更新を利用できません。Candor を更新してから開き直してください。',

  'server.retro.notFound':
    'この振り返りが見つかりません。リンクを確認するか、会議から Candor を開いて現在の振り返りを表示してください。',
  'server.retro.cardGone':
    'このカードはもうこの振り返りにありません。ボードを更新してもう一度お試しください。',
  'server.retro.groupGone':
    'このグループはもうこの振り返りにありません。ボードを更新してもう一度お試しください。',
  'server.retro.notYourCard':
    '{action, select, edit {編集} other {削除}}できるのは自分のカードだけです。代わりに自分のカードを追加してください。',
  'server.retro.notChatMember':
    'この人はこの会議チャットの参加者ではありません。会議の参加者から選んでください。',
  'server.retro.unknownColumn':
    'この列はこのボードにありません。ボードを更新してもう一度お試しください。',
  'server.retro.tooManyCards':
    'この振り返りには既に {max, number} 枚のカードがあり、上限に達しています。カードをグループ化または削除するか、別の振り返りを開始してください。',
  'server.retro.notUpForReview':
    'このアクション アイテムはこの振り返りの確認対象ではありません。一覧を更新してもう一度お試しください。',
  'server.retro.notOwnerOrFacilitator':
    '状態を変更できるのは、アイテムの担当者かファシリテーターだけです。どちらかに依頼してください。',
  'server.retro.actionGone':
    'このアクション アイテムはもうこの振り返りにありません。一覧を更新してもう一度お試しください。',
  'server.retro.alreadyFacilitator': 'この人は既にファシリテーターです。別の人を選んでください。',
  'server.retro.alreadyRunning':
    'この会議では既に振り返り「{title}」が進行中です。サイド パネルから参加するか、新しく開始する前にファシリテーターに終了を依頼してください。',
  'server.retro.summaryNotReady':
    'まとめは「クローズ」フェーズで利用できます。ファシリテーターにクローズへ進むか、振り返りを終了するよう依頼してください。',

  'server.pulse.notFound':
    'このパルス調査が見つかりません。リンクを確認するか、チームのチャネルで Candor を開いてパルス調査を表示してください。',
  'server.pulse.closingPassed': '終了時刻が既に過ぎています。将来の終了時刻を選んでください。',
  'server.pulse.kTooHigh':
    '匿名性のしきい値 k は {k} ですが、チームのメンバーは {teamSize} 人しかいないため、結果が表示されることはありません。3 ～ {teamSize} の k を選んでください。',
  'server.pulse.closesTooLate':
    '{recurrence, select, weekly {毎週} biweekly {隔週} other {毎月}}のパルス調査は、次回が始まる前、開始から {days} 日以内に終了する必要があります。より早い終了時刻を選んでください。',
  'server.pulse.tooManyPulses': `このチームは過去 24 時間に {perDay} 件のパルス調査を作成しており、Candor の上限に達しています。${wait}にもう一度試すか、既にスケジュールされているパルス調査を編集またはキャンセルしてください。`,
  'server.pulse.tooFewAnswers':
    '回答を有効にするには、7 つの項目のうち少なくとも {min} 項目に回答してください。あと {more} 項目です。残りはスキップできます。',
  'server.pulse.notOpenYet':
    'このパルス調査はまだ開始されていません。開始後に回答できます。Teams から通知が届きます。',
  'server.pulse.closed':
    'このパルス調査は終了したため、回答を受け付けていません。チームのチャネルで次回をお待ちください。',
  'server.pulse.alreadyAnswered':
    'このパルス調査には既に回答済みです。ありがとうございました。結果の匿名性を保つため、回答は 1 人 1 回です。',
  'server.pulse.received':
    '回答を受け付けました。回答は匿名です。名前や時刻は保存されず、十分な人数が回答した後にチーム全体の集計としてのみ表示されます。',
  'server.pulse.notShared':
    'このパルス調査の結果はチームに共有されていません。パルス調査の終了後に、チームの所有者が共有できます。',
  'server.pulse.notVisible':
    'このパルス調査は回答を受け付けておらず、結果もチームに共有されていません。開始されるとチームのチャネルに表示されます。',
  'server.pulse.alreadyStatus':
    'このパルス調査は既に{status, select, scheduled {スケジュール済み} open {開始済み} closed {終了済み} other {キャンセル済み}}です。タブを更新して確認してください。',
  'server.pulse.cannotCancel':
    'このパルス調査は既に{status, select, scheduled {スケジュール済み} open {開始済み} closed {終了済み} other {キャンセル済み}}のため、キャンセルできません。タブを更新して確認してください。',
  'server.pulse.shareBeforeClose':
    '結果はパルス調査の終了後にのみ共有できます。先に終了するか、終了するまでお待ちください。',
  'server.pulse.nothingToShare':
    'このパルス調査は回答が少なすぎて結果を表示できないため、共有するものがありません。匿名性を守るため、結果には少なくとも k 件の回答が必要です。',

  'server.results.stillOpen':
    '結果はパルス調査の終了後、全員の匿名性を保てるだけの回答が集まった場合にのみ表示されます。',
  'server.results.cancelled': 'このパルス調査はキャンセルされたため、結果はありません。',
  'server.results.notEnough':
    '匿名性を守るには回答が不足しているため、結果は表示されません。次回のパルス調査への回答をチームに呼びかけてください。十分な人数が参加すると結果が表示されます。',

  'server.summary.untitledRetro': '振り返り',
  'server.summary.topTopics': '主なトピック',
  'server.summary.actionItems': 'アクション アイテム',
  'server.summary.participation': '参加状況',
  'server.summary.safetyCheck': '安全性チェック',
  'server.summary.roti': 'ROTI (費やした時間に対する価値)',
  'server.summary.noTopics': '話し合われたトピックはありません。',
  'server.summary.untitledTopic': '無題のトピック',
  'server.summary.topic': '**{title}** ({votes, plural, other {# 票}})',
  'server.summary.note': 'メモ: {note}',
  'server.summary.noActions': 'アクション アイテムはありません。',
  'server.summary.action':
    '{text}: 担当 {owner}、期限 {due}{status, select, done { (完了)} dropped { (取り下げ)} other {}}',
  'server.summary.tallyHidden': '非表示: 回答者が {min} 人未満です。',
  'server.summary.tallyStats':
    '中央値 {median, number, ::.#}、平均 {mean, number, ::.#} ({answered, plural, other {# 件}}の回答から)。',
  'server.summary.participants': '参加者: {count}',
  'server.summary.cards': 'カード: {count}',
  'server.summary.votes': '投票: {count}',
  'server.summary.safetyAnswers': '安全性チェックの回答: {count}',
  'server.summary.rotiAnswers': 'ROTI の回答: {count}',
  'server.summary.safety.1': '何についても安心して話せない',
  'server.summary.safety.2': '問題を持ち出すのは他の人に任せる',
  'server.summary.safety.3': '話せることもあるが、言いにくいこともある',
  'server.summary.safety.4': 'ほとんど何でも話せるが、少し難しいこともある',
  'server.summary.safety.5': '何でも話せる',
  'server.summary.roti.1': '時間の無駄',
  'server.summary.roti.2': '多少の価値はあるが、費やした時間には見合わない',
  'server.summary.roti.3': '費やした時間と同等',
  'server.summary.roti.4': '価値があった',
  'server.summary.roti.5': '非常に価値があり、時間をかける価値が十分あった',

  'server.csv.pulse': 'パルス調査',
  'server.csv.closed': '終了日',
  'server.csv.status': '状態',
  'server.csv.responses': '回答数',
  'server.csv.invited': '招待数',
  'server.csv.responseRate': '回答率',
  'server.csv.mean': '平均 (1-7)',
  'server.csv.intervalLow': '区間の下限',
  'server.csv.intervalHigh': '区間の上限',
  'server.csv.score': 'スコア (0-100)',
  'server.csv.favourable': '好意的',
  'server.csv.neutral': '中立',
  'server.csv.unfavourable': '非好意的',
  'server.csv.itemMean': '項目 {item} の平均',
  'server.csv.notEnoughResponses': '回答が不足しています',
  'server.csv.released': '公開済み',
  'server.csv.noStatementReleased': '十分な回答がある項目はありません',
  'server.csv.withheldFewAnswers': 'この項目への回答が不足しています',
  'server.csv.withheldProtectsAnother': '回答が少なすぎる項目が推測されないよう非表示にしています',
  'server.csv.retroHealth': '振り返りの状況',
  'server.csv.value': '値',
  'server.csv.retrosHeld': '実施した振り返り',
  'server.csv.actionsCreated': '作成されたアクション アイテム',
  'server.csv.actionsDone': '完了したアクション アイテム',
  'server.csv.actionsOpen': '未完了のアクション アイテム',
  'server.csv.actionsDropped': '取り下げたアクション アイテム',
  'server.csv.actionsOverdue': '期限切れのアクション アイテム',
  'server.csv.completionRate': '期限内の完了率',
  'server.csv.rotiAnswers': 'ROTI の回答数',
  'server.csv.rotiMean': 'ROTI の平均 (1-5)',
  'server.csv.rotiAnswersOf': 'ROTI {score} の回答数',
  'server.csv.averageParticipants': '平均参加者数',
  'server.csv.safetyMedian': '安全性の中央値 {date}',
};

import type { Catalogue } from '../en/index.js';
import type { common as en } from '../en/common.js';

export const common: Catalogue<typeof en> = {
  'common.connecting': 'Teams に接続しています…',
  'common.startFailed': 'Candor を開始できませんでした',
  'common.loading': 'Candor を読み込んでいます…',
  'common.appName': 'Candor',
  'common.error.title': '問題が発生しました',
  'common.error.retry': '再試行',
  'common.error.generic':
    'Candor で問題が発生しました。タブを再読み込みして、もう一度お試しください。',
  'common.error.network':
    'Candor がサーバーに接続できませんでした。接続を確認してから、もう一度お試しください。',
  'common.error.unauthenticated':
    'Candor にサインインできませんでした。Teams で Candor を閉じて、もう一度開いてください。',
  'common.error.forbidden':
    'これにアクセスする権限がありません。チームの所有者にお問い合わせください。',
  'common.error.rateLimited':
    'Candor は現在混み合っています。しばらく待ってから、もう一度お試しください。',
  'common.error.server':
    'Candor サーバーで問題が発生しました (HTTP {status})。しばらくしてから、もう一度お試しください。',
  'common.error.request':
    'Candor はこの要求を処理できませんでした (HTTP {status})。タブを再読み込みして、もう一度お試しください。',
  'common.error.invalidResponse':
    'Candor サーバーから、このページで解釈できない応答が返されました ({path})。タブを再読み込みしてください。繰り返し発生する場合は、アプリが更新中の可能性があります。',
  'common.connection.connecting': 'ライブ更新に接続しています…',
  'common.connection.live': 'ライブ',
  'common.connection.reconnecting': '再接続しています…',
  'common.connection.failed': 'ライブ更新はオフです: {reason}',
  'common.connection.slow':
    'ライブ更新への接続を待っています。このブラウザーで Candor のパネルを複数開いている場合は、1 つ閉じてください。HTTP/1.1 では、ブラウザーが 1 つのサーバーに開ける接続は 6 つまでです。',
  'common.notInTeams.title': 'Microsoft Teams で Candor を開いてください',
  'common.notInTeams.intro':
    'Candor は Microsoft Teams の中で動作します。あなたが誰で、どのチームや会議にいるかを知るために Teams が必要です。このページは単独で開かれたため、表示する内容がありません。',
  'common.notInTeams.steps': 'Candor を使うには:',
  'common.notInTeams.openTeams': 'Microsoft Teams を開きます。',
  'common.notInTeams.pulses':
    'チームのパルス調査では、チームのチャネルに移動して Candor タブを選択します (または + で追加します)。',
  'common.notInTeams.retros':
    '振り返りでは、会議に参加して [アプリ] メニューから Candor を開きます。',
  'common.notInTeams.admin':
    'Candor がまだ Teams にない場合は、Teams 管理者に追加を依頼してください。',
  'common.role.owner': '所有者',
  'common.role.guest': 'ゲスト',
  'common.members.you': '(自分)',
  'common.members.heading': '{label} ({count})',
  'common.members.loading': 'メンバーを読み込んでいます…',
  'common.members.loadFailed': 'メンバーを読み込めませんでした',
  'common.signedIn.as': '<b>{name}</b> としてサインイン中',
  'common.signedIn.teamOwner': 'このチームの所有者',
  'common.signedIn.meetingOwner': 'この会議の所有者',
  'common.signedIn.teamGuest': 'このチームのゲスト',
  'common.signedIn.meetingGuest': 'この会議のゲスト',
  'common.signedIn.teamMember': 'このチームのメンバー',
  'common.signedIn.meetingMember': 'この会議の参加者',
  'common.stale.title': 'メンバー情報が古い可能性があります',
  'common.stale.body':
    'Microsoft Teams に接続できなかったため、この一覧は {when} 時点のものです。最近参加または退出した人が反映されていない可能性があります。一覧は自動的に更新されます。',
  'common.stale.bodyUnknown':
    'Microsoft Teams に接続できなかったため、この一覧は以前のものです。最近参加または退出した人が反映されていない可能性があります。一覧は自動的に更新されます。',
  'common.host.startFailed':
    'Teams で Candor を開始できませんでした ({reason})。Candor を閉じて、もう一度開いてください。繰り返し発生する場合は、管理者にアプリの再インストールを依頼してください。',
  'common.host.stageNotInMeeting':
    '会議ステージへの共有は、会議中に会議のサイド パネルからのみ行えます ({reason})。会議に参加して、サイド パネルから Candor を開いてください。',
  'common.host.stageNotPresenter':
    '会議ステージに共有できるのは発表者のみです。開催者に発表者にしてもらってから、もう一度お試しください。',
  'common.host.stageFailed':
    'Teams で Candor を会議ステージに共有できませんでした (エラー {code})。しばらくしてから、もう一度お試しください。',
  'common.host.signInFailed':
    'Teams で Candor にサインインできませんでした ({reason})。Candor を開き直してください。繰り返し発生する場合は、管理者にアプリへの同意を依頼してください。',
  'common.host.saveFailed':
    'Teams でタブの設定が受け入れられませんでした ({reason})。もう一度保存してください。',
};

import type { Catalogue } from '../en/index.js';
import type { todo as en } from '../en/todo.js';

export const todo: Catalogue<typeof en> = {
  'todo.button.add': 'To Do に追加',
  'todo.button.addAgain': 'もう一度 To Do に追加',
  'todo.button.adding': 'To Do に追加しています…',
  'todo.button.label': 'To Do に追加: {text}',
  'todo.status.added': 'To Do に追加済み',
  'todo.status.completed': 'To Do で完了済み',
  'todo.status.deleted':
    'このタスクは To Do で削除されました。引き続きリストに入れておきたい場合は、もう一度追加してください。',
  'todo.task.body': 'Candor のレトロスペクティブ「{retro}」のアクション アイテムです。',
  'todo.error.consent':
    'Candor には To Do にタスクを追加する許可がなかったため、何も追加されませんでした。もう一度「To Do に追加」を選び、確認画面で許可してください。組織で禁止されている場合は、Candor に Tasks.ReadWrite のアクセス許可を与えるよう管理者に依頼してください。レトロスペクティブはこのまま続けられます。',
  'todo.error.cancelled':
    'アクセス許可の確認画面が閉じられたため、To Do には何も追加されませんでした。準備ができたら、もう一度「To Do に追加」を選んでください。レトロスペクティブはこのまま続けられます。',
  'todo.error.noNaa':
    'この Teams クライアントでは、Candor が To Do にアクセスできません。それには入れ子になったアプリ認証 (NAA) が必要で、Web 版とデスクトップ版の新しい Teams が対応しています。タスクはご自身で To Do に追加してください。レトロスペクティブはこのまま続けられます。',
  'todo.error.throttled':
    'Microsoft To Do が混み合っています。1 分ほどしてからもう一度お試しください。レトロスペクティブはこのまま続けられます。',
  'todo.error.failed':
    'To Do に追加できませんでした ({reason})。少ししてからもう一度お試しください。レトロスペクティブはこのまま続けられます。',
  'todo.server.actionGone':
    'このアクション アイテムはもうありません。Candor を再読み込みして、現在のアクション アイテムを表示してください。',
  'todo.server.notOwner':
    'To Do に追加できるのは、アクション アイテムの担当者だけです。担当者に追加を依頼してください。',
};

import type { Catalogue } from '../en/index.js';
import type { todo as en } from '../en/todo.js';

export const todo: Catalogue<typeof en> = {
  'todo.button.add': 'Zu To Do hinzufügen',
  'todo.button.addAgain': 'Erneut zu To Do hinzufügen',
  'todo.button.adding': 'Wird zu To Do hinzugefügt …',
  'todo.button.label': 'Zu To Do hinzufügen: {text}',
  'todo.status.added': 'In Ihrem To Do',
  'todo.status.completed': 'In Ihrem To Do erledigt',
  'todo.status.deleted':
    'Diese Aufgabe wurde in To Do gelöscht. Fügen Sie sie erneut hinzu, wenn Sie sie weiter in Ihrer Liste haben möchten.',
  'todo.task.body': 'Eine Maßnahme aus der Retrospektive „{retro}“ in Candor.',
  'todo.error.consent':
    'Candor durfte keine Aufgaben zu Ihrem To Do hinzufügen, daher wurde nichts hinzugefügt. Wählen Sie erneut „Zu To Do hinzufügen“ und stimmen Sie der Abfrage zu. Wenn Ihre Organisation das blockiert, bitten Sie Ihren Administrator, die Berechtigung Tasks.ReadWrite für Candor zu erlauben. Die Retrospektive geht weiter.',
  'todo.error.cancelled':
    'Die Berechtigungsabfrage wurde geschlossen, daher wurde nichts zu To Do hinzugefügt. Wählen Sie erneut „Zu To Do hinzufügen“, wenn Sie so weit sind. Die Retrospektive geht weiter.',
  'todo.error.noNaa':
    'Dieser Teams-Client kann Candor keinen Zugriff auf Ihr To Do geben: Dafür ist die verschachtelte App-Authentifizierung nötig, die das neue Teams im Web und auf dem Desktop bietet. Legen Sie die Aufgabe selbst in To Do an; die Retrospektive geht weiter.',
  'todo.error.throttled':
    'Microsoft To Do ist gerade ausgelastet. Versuchen Sie es in einer Minute erneut; die Retrospektive geht weiter.',
  'todo.error.failed':
    'Candor konnte dies nicht zu To Do hinzufügen ({reason}). Versuchen Sie es gleich noch einmal; die Retrospektive geht weiter.',
  'todo.server.actionGone':
    'Diese Maßnahme gibt es nicht mehr. Laden Sie Candor neu, um die aktuellen Maßnahmen zu sehen.',
  'todo.server.notOwner':
    'Nur die verantwortliche Person einer Maßnahme kann sie zu ihrem To Do hinzufügen. Bitten Sie sie, das zu tun.',
};

import type { Catalogue } from '../en/index.js';
import type { rules as en } from '../en/rules.js';

export const rules: Catalogue<typeof en> = {
  'rules.ended':
    'Diese Retro ist beendet, daher lässt sich nichts mehr ändern. Starten Sie eine neue Retro, um weiterzumachen.',
  'rules.facilitatorOnly':
    'Nur die Moderation kann {action}. Fragen Sie die Moderation, oder übernehmen Sie, falls sie gegangen ist.',
  'rules.alreadyFacilitator': 'Sie moderieren bereits.',
  'rules.facilitatorPresent':
    'Die Moderation ist noch da. Sie können übernehmen, wenn sie eine Weile abwesend war.',
  'rules.wrongPhase':
    'Nur in der Phase {during} können Sie {action}. Die Retro ist gerade in der Phase {now}.',
  'rules.lastPhase': 'Dies ist die letzte Phase. Beenden Sie die Retro, um abzuschließen.',
  'rules.firstPhase':
    'Dies ist die erste Phase, es gibt also nichts, wohin Sie zurückgehen könnten.',
  'rules.alreadyRevealed': 'Die Karten sind bereits aufgedeckt.',
  'rules.vote.noneToTakeBack':
    'Sie haben bei diesem Thema keine Stimme, die Sie zurücknehmen könnten.',
  'rules.vote.budgetUsed':
    '{budget, plural, one {Sie haben Ihre einzige Stimme vergeben.} other {Sie haben alle # Stimmen vergeben.}} Nehmen Sie bei einem anderen Thema eine zurück, um hier abzustimmen.',
  'rules.vote.capReached':
    '{cap, plural, one {Ein Thema kann höchstens # Ihrer Stimmen erhalten.} other {Ein Thema kann höchstens # Ihrer Stimmen erhalten.}} Vergeben Sie die übrigen an andere Themen.',
  'rules.action.advance': 'zur nächsten Phase wechseln',
  'rules.action.back': 'eine Phase zurückgehen',
  'rules.action.reveal': 'die Karten aufdecken',
  'rules.action.focusTopic': 'das Thema im Fokus wählen',
  'rules.action.startTimer': 'den Timer starten',
  'rules.action.stopTimer': 'den Timer anhalten',
  'rules.action.handOver': 'die Moderation übergeben',
  'rules.action.end': 'die Retro beenden',
  'rules.action.takeOver': 'die Moderation übernehmen',
  'rules.action.setReady': 'sich als bereit markieren',
  'rules.action.answerSafety': 'den Sicherheitscheck beantworten',
  'rules.action.reviewItem': 'frühere Maßnahmen aktualisieren',
  'rules.action.addCard': 'Karten hinzufügen',
  'rules.action.editCard': 'Karten bearbeiten',
  'rules.action.deleteCard': 'Karten löschen',
  'rules.action.moveCard': 'Karten zwischen Gruppen verschieben',
  'rules.action.createGroup': 'Gruppen bilden',
  'rules.action.nameGroup': 'Gruppen benennen',
  'rules.action.vote': 'abstimmen',
  'rules.action.addNote': 'Notizen hinzufügen',
  'rules.action.addAction': 'Maßnahmen hinzufügen',
  'rules.action.updateAction': 'Maßnahmen ändern',
  'rules.action.deleteAction': 'Maßnahmen löschen',
  'rules.action.answerRoti': 'die Retro bewerten',
  'rules.action.setCheckinQuestion': 'die Check-in-Frage wählen',
  'rules.action.showCheckinAnswers': 'die Check-in-Antworten zeigen',
  'rules.action.answerCheckin': 'die Check-in-Frage beantworten',
  'rules.action.setPostSummary':
    'festlegen, ob die Zusammenfassung im Besprechungschat gepostet wird',
};

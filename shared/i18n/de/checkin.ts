import type { Catalogue } from '../en/index.js';
import type { checkin as en } from '../en/checkin.js';

export const checkin: Catalogue<typeof en> = {
  'checkin.question.smile': 'Was hat Sie diese Woche zum Lächeln gebracht?',
  'checkin.question.bestWork':
    'Was würde Ihnen helfen, im nächsten Sprint Ihre beste Arbeit zu leisten?',
  'checkin.question.weatherReport': 'Wenn Ihre Woche ein Wetterbericht wäre, wie würde er lauten?',
  'checkin.question.smallWin': 'Welchen kleinen Erfolg aus diesem Sprint möchten Sie teilen?',
  'checkin.question.learnedSomething':
    'Was haben Sie kürzlich gelernt, bei der Arbeit oder außerhalb?',
  'checkin.question.thanks': 'Wem möchten Sie für etwas in diesem Sprint danken, und wofür?',
  'checkin.question.energy': 'Was hat Ihnen bei der Arbeit in letzter Zeit Energie gegeben?',
  'checkin.question.oneWord': 'Wie hat sich dieser Sprint in einem Wort angefühlt?',
  'checkin.question.helpedBy':
    'Wann hat Ihnen die Hilfe von jemandem zuletzt wirklich weitergeholfen?',
  'checkin.question.curious': 'Worauf sind Sie gerade neugierig?',
  'checkin.question.tryNext': 'Welche kleine Sache möchten Sie im nächsten Sprint ausprobieren?',
  'checkin.question.proudOf': 'Auf welche Arbeit sind Sie im Stillen stolz?',
  'checkin.question.goodDay': 'Wie sieht für Sie ein guter Arbeitstag aus?',
  'checkin.question.usefulHabit':
    'Welches Werkzeug oder welche Gewohnheit hat Ihnen die Arbeit zuletzt erleichtert?',
  'checkin.question.surprise': 'Was hat Sie in diesem Sprint überrascht?',
  'checkin.question.songTitle': 'Wenn dieser Sprint ein Lied wäre, wie hieße es?',
  'checkin.question.askMeAbout': 'Wonach dürfen Ihre Teammitglieder Sie gern fragen?',
  'checkin.question.bestThinking': 'Zu welcher Tageszeit denken Sie am besten?',
  'checkin.question.notAsPlanned': 'Was lief nicht wie geplant und hat Sie etwas gelehrt?',
  'checkin.question.worthTime': 'Was würde diese Retro für Sie lohnenswert machen?',
  'checkin.question.brightSpot': 'Was war ein Lichtblick der letzten zwei Wochen?',
  'checkin.question.recharge': 'Wie tanken Sie nach einer vollen Woche am liebsten auf?',
  'checkin.question.teamStrength': 'Was macht dieses Team gut?',
  'checkin.question.wishKnew': 'Was hätten Sie gern schon zu Beginn dieses Sprints gewusst?',
  'checkin.question.highlight': 'Was war das Highlight Ihrer Woche?',
  'checkin.question.supportNeeded': 'Welche Unterstützung wäre für Sie gerade am hilfreichsten?',
  'checkin.question.fictionalCrew':
    'Welchem fiktiven Team oder welcher Crew würden Sie sich für einen Tag anschließen?',
  'checkin.question.superpower': 'Welche Alltags-Superkraft hätten Sie bei der Arbeit gern?',
  'checkin.question.unfinishedIdea':
    'Welche Idee soll das Team hören, auch wenn sie noch nicht fertig ist?',
  'checkin.question.goodQuestion': 'Über welche Frage in diesem Sprint haben Sie sich gefreut?',
  'checkin.question.snack': 'Was ist Ihr liebster Snack für einen langen Nachmittag?',
  'checkin.question.celebrate': 'Was sollten wir feiern, egal wie klein?',
  'checkin.question.moodColour': 'Welche Farbe passt heute zu Ihrer Stimmung?',

  'checkin.section.title': 'Check-in-Frage',
  'checkin.section.optional':
    'Antworten ist freiwillig. Die Antworten erscheinen als Liste ohne Namen.',
  'checkin.section.none': 'Diese Retro hat keine Check-in-Frage.',
  'checkin.section.noneFacilitator':
    'Noch keine Check-in-Frage. Eine leichte Frage hilft beim Ankommen.',
  'checkin.answer.label': 'Ihre Antwort (freiwillig)',
  'checkin.answer.send': 'Antwort teilen',
  'checkin.answer.update': 'Antwort ändern',
  'checkin.answer.withdraw': 'Meine Antwort entfernen',
  'checkin.answer.yours':
    'Sie haben geantwortet. Solange der Check-in läuft, können Sie Ihre Antwort ändern oder entfernen.',
  'checkin.answer.count':
    '{count, plural, =0 {Noch keine Antworten} one {# Antwort} other {# Antworten}}',
  'checkin.answer.hidden': 'Die Antworten bleiben verborgen, bis die Moderation sie zeigt.',
  'checkin.answer.live': 'Die Antworten werden gezeigt: Eine neue Antwort erscheint sofort.',
  'checkin.answer.show': 'Antworten zeigen',
  'checkin.answer.list': 'Antworten, ohne Namen',
  'checkin.answer.empty':
    'Schreiben Sie zuerst eine Antwort – oder lassen Sie es: Antworten ist freiwillig.',
  'checkin.answer.failed': 'Ihre Antwort wurde nicht gespeichert',
  'checkin.pick.label': 'Check-in-Frage',
  'checkin.pick.hint':
    'Eine leichte, freiwillige Frage zum Einstieg. Sie steht über dem Sicherheitscheck.',
  'checkin.pick.none': 'Keine Frage',
  'checkin.pick.library': 'Fragensammlung',
  'checkin.pick.own': 'Eigene Frage schreiben…',
  'checkin.pick.ownLabel': 'Ihre Frage',
  'checkin.pick.ownProblem': 'Schreiben Sie eine Frage oder wählen Sie eine aus der Sammlung.',
  'checkin.pick.suggest': 'Frage vorschlagen',
  'checkin.pick.choose': 'Frage auswählen',
  'checkin.pick.change': 'Frage ändern',
  'checkin.pick.set': 'Diese Frage verwenden',
  'checkin.pick.cancel': 'Abbrechen',
  'checkin.pick.clears': 'Wenn Sie die Frage ändern, werden die bisherigen Antworten entfernt.',
  'checkin.pick.failed': 'Die Frage wurde nicht geändert',
  'checkin.error.noQuestion':
    'Diese Retro hat keine Check-in-Frage. Warten Sie, bis die Moderation eine auswählt.',
  'checkin.error.alreadyShown': 'Die Antworten werden bereits gezeigt.',
};

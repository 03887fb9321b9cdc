import type { Catalogue } from '../en/index.js';
import type { formats as en } from '../en/formats.js';

export const formats: Catalogue<typeof en> = {
  'formats.template.starfish': 'Seestern',
  'formats.template.leanCoffee': 'Lean Coffee',
  'formats.template.hotAirBalloon': 'Heißluftballon',
  'formats.column.keepDoing.title': 'Beibehalten',
  'formats.column.keepDoing.prompt': 'Was funktioniert gut und sollte so bleiben?',
  'formats.column.moreOf.title': 'Mehr davon',
  'formats.column.moreOf.prompt': 'Wovon sollten wir mehr tun?',
  'formats.column.lessOf.title': 'Weniger davon',
  'formats.column.lessOf.prompt': 'Wovon sollten wir weniger tun?',
  'formats.column.startDoing.title': 'Anfangen',
  'formats.column.startDoing.prompt': 'Was Neues sollten wir ausprobieren?',
  'formats.column.stopDoing.title': 'Aufhören',
  'formats.column.stopDoing.prompt': 'Was hilft uns nicht und sollte aufhören?',
  'formats.column.topics.title': 'Themen',
  'formats.column.topics.prompt':
    'Schlagen Sie Themen vor, über die Sie sprechen möchten. Dann stimmen wir ab und besprechen sie in der Reihenfolge der Stimmen, jeweils ein paar Minuten.',
  'formats.column.hotAir.title': 'Heiße Luft',
  'formats.column.hotAir.prompt': 'Was trägt uns nach oben?',
  'formats.column.sandbags.title': 'Sandsäcke',
  'formats.column.sandbags.prompt': 'Was hält uns unten?',
  'formats.column.storms.title': 'Stürme',
  'formats.column.storms.prompt': 'Welche Risiken liegen vor uns?',
  'formats.column.sunnySkies.title': 'Sonniger Himmel',
  'formats.column.sunnySkies.prompt': 'Was läuft gut?',

  'formats.describe.startStopContinue':
    'Drei einfache Fragen zu Gewohnheiten: was wir beginnen, lassen und beibehalten. Ein guter Standard.',
  'formats.describe.madSadGlad':
    'Gefühle zuerst: was frustriert, enttäuscht und gefreut hat. Gut nach einer schweren Phase.',
  'formats.describe.fourLs':
    'Was gefallen hat, was wir gelernt haben, was gefehlt hat und was wir uns gewünscht haben. Ruhig und nachdenklich.',
  'formats.describe.sailboat':
    'Ein Bild: Wind treibt uns an, Anker halten uns fest, Felsen sind Risiken und die Insel ist unser Ziel.',
  'formats.describe.starfish':
    'Justiert Gewohnheiten nach Maß: was bleibt, wovon mehr, wovon weniger, was neu beginnt und was aufhört.',
  'formats.describe.leanCoffee':
    'Ohne feste Agenda: Alle schlagen Themen vor, die Gruppe stimmt ab, und Sie besprechen sie in der Reihenfolge der Stimmen, mit fester Zeit pro Thema.',
  'formats.describe.hotAirBalloon':
    'Ein Bild: Heiße Luft trägt uns, Sandsäcke ziehen uns herunter, Stürme sind Risiken und sonniger Himmel ist, was gut läuft.',

  'formats.saved.group': 'Von Ihrem Team gespeichert',
  'formats.saved.groupSeries': 'In dieser Besprechungsserie gespeichert',
  'formats.saved.by': 'Gespeichert von {name}. Spalten: {columns}',
  'formats.saved.delete': 'Gespeichertes Format löschen',
  'formats.saved.deleteConfirm': '„{name}“ für alle löschen?',
  'formats.saved.deleted': '„{name}“ gelöscht.',
  'formats.saved.saveLegend': 'Diese Spalten für das nächste Mal speichern',
  'formats.saved.name': 'Name des Formats',
  'formats.saved.save': 'Format speichern',
  'formats.saved.saving': 'Wird gespeichert…',
  'formats.saved.savedNote':
    'Als „{name}“ gespeichert. Wählen Sie es beim nächsten Mal aus der Liste.',
  'formats.saved.saveFailed': 'Das Format wurde nicht gespeichert',
  'formats.saved.deleteFailed': 'Das Format wurde nicht gelöscht',
  'formats.saved.nameProblem': 'Geben Sie dem Format einen Namen.',
  'formats.saved.count': '{count} von {limit} gespeichert',
  'formats.saved.notInTeam':
    'Gespeicherte Formate gehören dem Team dieser Besprechung. Nur seine Mitglieder können sie sehen und speichern.',
  'formats.error.nameTaken':
    'Es gibt bereits ein gespeichertes Format namens „{name}“. Wählen Sie einen anderen Namen oder löschen Sie zuerst das alte.',
  'formats.error.full':
    'Dieses Team hat bereits {limit} gespeicherte Formate. Löschen Sie eines, das Sie nicht mehr brauchen, und speichern Sie dann erneut.',
  'formats.error.notFound':
    'Dieses gespeicherte Format gibt es nicht mehr. Wählen Sie ein anderes Format.',
  'formats.error.notYours':
    'Nur die Person, die dieses Format gespeichert hat, oder ein Besitzer seines Teams kann es löschen.',
  'formats.error.notInTeam':
    'Gespeicherte Formate gehören dem Team dieser Besprechung, und Sie sind kein Mitglied. Bitten Sie einen Teambesitzer, Sie hinzuzufügen, oder nutzen Sie ein eingebautes Format.',
};

/** English text of the formats area: the newer built-in formats, every format's description, saved formats. */
export const formats = {
  // Built-in formats added with the format library (shared/retro/templates.ts).
  'formats.template.starfish': 'Starfish',
  'formats.template.leanCoffee': 'Lean Coffee',
  'formats.template.hotAirBalloon': 'Hot-Air Balloon',
  'formats.column.keepDoing.title': 'Keep doing',
  'formats.column.keepDoing.prompt': 'What is working well that we should keep doing?',
  'formats.column.moreOf.title': 'More of',
  'formats.column.moreOf.prompt': 'What should we do more of?',
  'formats.column.lessOf.title': 'Less of',
  'formats.column.lessOf.prompt': 'What should we do less of?',
  'formats.column.startDoing.title': 'Start doing',
  'formats.column.startDoing.prompt': 'What new thing should we try?',
  'formats.column.stopDoing.title': 'Stop doing',
  'formats.column.stopDoing.prompt': 'What is not helping us and should stop?',
  'formats.column.topics.title': 'Topics',
  'formats.column.topics.prompt':
    'Propose topics you want to talk about. Then we vote and discuss them in vote order, a few minutes each.',
  'formats.column.hotAir.title': 'Hot air',
  'formats.column.hotAir.prompt': 'What lifts us up?',
  'formats.column.sandbags.title': 'Sandbags',
  'formats.column.sandbags.prompt': 'What holds us back?',
  'formats.column.storms.title': 'Storms',
  'formats.column.storms.prompt': 'What risks lie ahead?',
  'formats.column.sunnySkies.title': 'Sunny skies',
  'formats.column.sunnySkies.prompt': 'What is going well?',

  // One short description per format, shown under the format picker.
  'formats.describe.startStopContinue':
    'Three plain questions about habits: what to begin, what to drop and what to keep. A good default.',
  'formats.describe.madSadGlad':
    'Feelings first: what frustrated, disappointed and pleased people. Good after a hard stretch.',
  'formats.describe.fourLs':
    'What people liked, learned, lacked and longed for. Calm and reflective.',
  'formats.describe.sailboat':
    'A picture: wind pushes us on, anchors hold us back, rocks are risks and the island is our goal.',
  'formats.describe.starfish':
    'Tunes habits by degree: what to keep, do more of, do less of, start and stop.',
  'formats.describe.leanCoffee':
    'No set agenda: everyone proposes topics, the group votes, and you discuss them in vote order, time-boxed.',
  'formats.describe.hotAirBalloon':
    'A picture: hot air lifts us, sandbags weigh us down, storms are risks ahead and sunny skies are what goes well.',

  // Saved formats: the start form and the server's refusals.
  'formats.saved.group': 'Saved by your team',
  'formats.saved.groupSeries': 'Saved in this meeting series',
  'formats.saved.by': 'Saved by {name}. Columns: {columns}',
  'formats.saved.delete': 'Delete saved format',
  'formats.saved.deleteConfirm': 'Delete “{name}” for everyone?',
  'formats.saved.deleted': 'Deleted “{name}”.',
  'formats.saved.saveLegend': 'Save these columns for next time',
  'formats.saved.name': 'Format name',
  'formats.saved.save': 'Save format',
  'formats.saved.saving': 'Saving…',
  'formats.saved.savedNote': 'Saved as “{name}”. Pick it from the list next time.',
  'formats.saved.saveFailed': 'The format was not saved',
  'formats.saved.deleteFailed': 'The format was not deleted',
  'formats.saved.nameProblem': 'Give the format a name.',
  'formats.saved.count': '{count} of {limit} saved',
  'formats.saved.notInTeam':
    'Saved formats belong to this meeting’s team. Only its members can see and save them.',
  'formats.error.nameTaken':
    'There is already a saved format called “{name}”. Choose another name, or delete the old one first.',
  'formats.error.full':
    'This team already keeps {limit} saved formats. Delete one you no longer use, then save again.',
  'formats.error.notFound': 'That saved format no longer exists. Pick another format.',
  'formats.error.notYours':
    'Only the person who saved this format, or an owner of its team, can delete it.',
  'formats.error.notInTeam':
    'Saved formats belong to this meeting’s team, and you are not a member of it. Ask a team owner to add you, or use a built-in format.',
} as const;
